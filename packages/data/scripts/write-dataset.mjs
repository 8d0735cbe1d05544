// The main job until the exporter exists: writes <out>/dataset.json from the built package, atomically.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { dataset } from "../dist/index.js";
import { describeIssue, validateDataset } from "../dist/schemas.js";

const outDir = resolve(process.argv[2] ?? "exports");
const result = validateDataset(dataset);
if (!result.valid) {
  for (const issue of result.issues) console.error(describeIssue(issue));
  process.exitCode = 1;
} else {
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, "dataset.json");
  const text = `${JSON.stringify(dataset, null, 2)}\n`;
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  console.log(
    `wrote ${target} (version ${dataset.version}, ${dataset.people.length} people, ${Buffer.byteLength(text)} bytes)`,
  );
}
