#!/usr/bin/env bash
# Compares two PostgreSQL stores row by row: articles (with content hash), events, incidents
# (their events, their figures). usage: compare.sh DB1 DB2; environment PGHOST PGPORT PGUSER.
: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=mizan}"
q() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$1" -Atc "$2"; }
status=0
for sql in \
  "SELECT id||' '||content_hash FROM articles ORDER BY 1" \
  "SELECT id||' '||article_id||' '||type||' '||status||' '||COALESCE(place_id,'-')||' '||COALESCE(date_start::text,'-')||' '||COALESCE(fatalities_best::text,'-') FROM events ORDER BY 1" \
  "SELECT incident_id||' '||string_agg(event_id, ',' ORDER BY event_id) FROM incident_events GROUP BY incident_id ORDER BY 1" \
  "SELECT id||' '||type||' '||COALESCE(fatalities_low::text,'-')||'/'||COALESCE(fatalities_best::text,'-')||'/'||COALESCE(fatalities_high::text,'-')||' '||report_count||' '||article_count FROM incidents ORDER BY 1"; do
  a=$(q "$1" "$sql" | md5sum); b=$(q "$2" "$sql" | md5sum); n=$(q "$1" "$sql" | wc -l)
  if [ "$a" = "$b" ]; then echo "same ($n rows): ${sql:0:50}"; else echo "DIFFERENT: ${sql:0:50}"; status=1; fi
done
exit $status
