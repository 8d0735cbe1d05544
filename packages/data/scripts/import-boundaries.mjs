// Writes src/boundaries/shapes.json from the ONS boundaries in ../shared/reference/boundaries: the shape of every
// constituency in the records, from the boundary set it belongs to, and an outline of all 650 constituencies of
// 2010-2024 for drawing behind them. Coordinates are rounded for drawing, not measuring. Run it when the records'
// constituencies change; the reference test checks the output against the files.
import { readFileSync, writeFileSync } from "node:fs";

const sharedDir = process.env.LABOUR_LEFT_SHARED ?? new URL("../../../../shared/", import.meta.url).pathname;
const read = (file) => JSON.parse(readFileSync(`${sharedDir}/reference/boundaries/${file}`, "utf8"));
const sets = {
  2010: { file: "westminster-constituencies-2010-buc.geojson", code: "PCON22CD" },
  2024: { file: "westminster-constituencies-2024-buc.geojson", code: "PCON24CD" },
};

/** Rounded to `decimals`, consecutive repeats dropped; a ring too small to draw at that precision is left out. */
function roundRing(ring, decimals) {
  const factor = 10 ** decimals;
  const points = [];
  for (const [lon, lat] of ring) {
    const point = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  if (points.length > 0) {
    const [first] = points;
    const last = points.at(-1);
    if (first[0] !== last[0] || first[1] !== last[1]) points.push([...first]);
  }
  return points.length >= 4 ? points : undefined;
}

function roundGeometry(geometry, decimals) {
  const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates)
    .map((polygon) => {
      const [outer, ...holes] = polygon.map((ring) => roundRing(ring, decimals));
      return outer ? [outer, ...holes.filter(Boolean)] : undefined;
    })
    .filter(Boolean);
  return { type: "MultiPolygon", coordinates: polygons };
}

// Constituencies in the records, by boundary set and GSS code (read from the record files, as the candidacies script does).
const records = ["constituencies.ts", "contested-constituencies.ts"]
  .map((file) => readFileSync(new URL(`../src/records/${file}`, import.meta.url), "utf8"))
  .join("\n");
const wanted = new Map();
for (const block of records.split(/\n {2}\{\n/)) {
  const id = /^\s*"?id"?: "([^"]+)"/m.exec(block)?.[1];
  const gss = /"?scheme"?: "gss",\s+"?identifier"?: "([^"]+)"/.exec(block)?.[1];
  const start = /"?startDate"?: "(\d{4})/.exec(block)?.[1];
  if (id && gss && start) wanted.set(`${start === "2024" ? 2024 : 2010}:${gss}`, id);
}

const shapes = [];
let outline;
for (const [set, { file, code }] of Object.entries(sets)) {
  const collection = read(file);
  for (const feature of collection.features) {
    const areaId = wanted.get(`${set}:${feature.properties[code]}`);
    if (areaId)
      shapes.push({
        areaId,
        gss: feature.properties[code],
        boundarySet: set,
        geometry: roundGeometry(feature.geometry, 3),
      });
  }
  if (set === "2010") {
    outline = collection.features
      .flatMap((feature) => roundGeometry(feature.geometry, 2).coordinates)
      .filter((polygon) => polygon.length > 0);
  }
}
shapes.sort((a, b) => (a.areaId < b.areaId ? -1 : 1));
if (shapes.length !== wanted.size) throw new Error(`${wanted.size} constituencies, ${shapes.length} shapes found`);
writeFileSync(
  new URL("../src/boundaries/shapes.json", import.meta.url),
  `${JSON.stringify({ shapes, outline: { type: "MultiPolygon", coordinates: outline } })}\n`,
);
console.log(`${shapes.length} shapes; outline of ${outline.length} polygons`);
