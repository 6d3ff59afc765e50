#!/usr/bin/env bash
# Runs NODES `mizan node` processes on loopback against a new PostgreSQL database, ingests FILES
# through them with `mizan ingest --cluster`, optionally kills node 2 with kill -9 after
# KILL_AFTER seconds, and prints the time, the load average and what the store holds.
# usage: cluster-run.sh NODES KILL_AFTER(0: none) FILES...
# environment: MIZAN (the mizan program), PGHOST PGPORT PGUSER (a server where a database may be
# created), REDIS (HOST:PORT). Prints DB=name of the database it created, for compare.sh.
set -u
nodes=$1; killafter=$2; shift 2
M=${MIZAN:-mizan}
: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=mizan}" "${REDIS:=127.0.0.1:6379}"
tag=scale$$
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $tag" >/dev/null
DB="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$tag"
out=$(mktemp -d /tmp/mizan-scale.XXXXXX)
pids=()
for i in $(seq 1 "$nodes"); do
  "$M" node --redis "$REDIS" --db "$DB" --port $((11110 + i)) --cluster-id "$tag" >"$out/node$i.log" 2>&1 &
  pids+=($!)
done
for i in $(seq 1 "$nodes"); do
  for _ in $(seq 1 120); do grep -q "joined cluster" "$out/node$i.log" && break; sleep 1; done
done
sleep 2
echo "$nodes nodes up; $(uptime)"
start=$(date +%s.%N)
"$M" ingest "$@" --cluster "$REDIS" --cluster-id "$tag" --db "$DB" >"$out/ingest.log" 2>&1 &
ingest=$!
if [ "$killafter" != 0 ]; then
  sleep "$killafter"
  kill -9 "${pids[1]}"
  echo "node 2 killed with kill -9 after ${killafter} s"
fi
wait "$ingest"; rc=$?
end=$(date +%s.%N)
echo "ingest exit code $rc, $(echo "$end - $start" | bc) s; $(uptime)"
grep '^mizan: ' "$out/ingest.log" | tail -2
for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null; done
sleep 5
for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
echo "logs in $out"
echo "DB=$tag"
