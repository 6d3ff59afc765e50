// Converts the country outlines of a TopoJSON topology (the npm package world-atlas, built from
// Natural Earth) into the GeoJSON FeatureCollection that `mizan serve` draws its map from:
// one feature per country (properties: name, and the ISO 3166-1 numeric code as id),
// coordinates rounded to 0.01 degree. Written for this repository; no dependencies.
//
//   mkdir /tmp/wa && cd /tmp/wa && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node tools/map/topojson-to-geojson.mjs /tmp/wa/package/countries-110m.json data/map/countries-110m.geojson
import { readFileSync, writeFileSync } from "node:fs";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node topojson-to-geojson.mjs COUNTRIES.json OUTPUT.geojson");
  process.exit(2);
}

const topology = JSON.parse(readFileSync(input, "utf8"));
const [sx, sy] = topology.transform ? topology.transform.scale : [1, 1];
const [tx, ty] = topology.transform ? topology.transform.translate : [0, 0];
const round = (v) => Math.round(v * 100) / 100;

// Arcs are delta-encoded quantized positions: decode each once into degrees.
const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [round(x * sx + tx), round(y * sy + ty)];
  });
});

// An arc index i is arc i forwards; ~i (that is -i-1) is arc i backwards.
function ring(indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    // Consecutive arcs share their joining point: keep it once.
    for (let k = points.length === 0 ? 0 : 1; k < arc.length; k++) {
      const p = arc[k];
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) {
        points.push(p);
      }
    }
  }
  return points.length >= 4 ? points : null;
}

function polygon(rings) {
  const decoded = rings.map(ring).filter((r) => r !== null);
  return decoded.length > 0 ? decoded : null;
}

const features = [];
for (const geometry of topology.objects.countries.geometries) {
  let polygons = [];
  if (geometry.type === "Polygon") {
    polygons = [polygon(geometry.arcs)];
  } else if (geometry.type === "MultiPolygon") {
    polygons = geometry.arcs.map(polygon);
  }
  polygons = polygons.filter((p) => p !== null);
  if (polygons.length === 0) {
    continue;
  }
  features.push({
    type: "Feature",
    id: geometry.id ?? null,
    properties: { name: geometry.properties?.name ?? null },
    geometry: polygons.length === 1
      ? { type: "Polygon", coordinates: polygons[0] }
      : { type: "MultiPolygon", coordinates: polygons },
  });
}

features.sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name), "en"));

// One feature per line, so that a change to one country is a one-line diff.
const header = {
  type: "FeatureCollection",
  source: "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com (admin 0 countries, 1:110m), via the npm package world-atlas 2.0.2 (countries-110m.json)",
  licence: "public domain (Natural Earth terms of use)",
  generator: "tools/map/topojson-to-geojson.mjs",
};
const lines = features.map((f) => JSON.stringify(f));
const head = JSON.stringify(header).slice(0, -1);
writeFileSync(output, `${head},"features":[\n${lines.join(",\n")}\n]}\n`);
console.error(`${features.length} countries written to ${output}`);
