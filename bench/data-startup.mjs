// How much importing @labour-left/data adds to a cold Node start, and how fast validateDataset runs warm.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareProcesses, median, printTable } from "./_measure.mjs";

const packageDir = fileURLToPath(new URL("../packages/data/", import.meta.url));
const ROUNDS = 30;
const GOAL = 1.25;

const node = process.execPath;
// What any ES module costs Node to load, for reference: the package's own share is the rest.
const emptyDir = mkdtempSync(join(tmpdir(), "labour-left-bench-"));
const emptyModule = join(emptyDir, "empty.mjs");
writeFileSync(emptyModule, "export {};\n");
const medians = compareProcesses(
  {
    "node -e 0": [node, ["-e", "0"]],
    "node --input-type=module -e 0": [node, ["--input-type=module", "-e", "0"]],
    "import of an empty ES module": [
      node,
      ["--input-type=module", "-e", `await import(${JSON.stringify(emptyModule)})`],
    ],
    "require @labour-left/data": [node, ["-e", "require('@labour-left/data')"]],
    "import @labour-left/data": [node, ["--input-type=module", "-e", "await import('@labour-left/data')"]],
    "import @labour-left/data/schemas": [
      node,
      ["--input-type=module", "-e", "await import('@labour-left/data/schemas')"],
    ],
  },
  { rounds: ROUNDS, cwd: packageDir },
);
rmSync(emptyDir, { recursive: true, force: true });
const baseline = medians["node -e 0"];
console.log(`cold start, median of ${ROUNDS} interleaved runs each`);
printTable(
  Object.entries(medians).map(([name, ms]) => ({
    case: name,
    "median ms": ms.toFixed(1),
    "x node -e 0": (ms / baseline).toFixed(2),
  })),
);
const goals = {
  require: medians["require @labour-left/data"] / baseline,
  import: medians["import @labour-left/data"] / baseline,
};
for (const [name, ratio] of Object.entries(goals)) {
  console.log(
    `goal: the records add at most ${Math.round((GOAL - 1) * 100)}% (${name}, against node -e 0): ${ratio <= GOAL ? "met" : "MISSED"}, ${ratio.toFixed(2)}x`,
  );
}
console.log("");

const { dataset } = await import(new URL("dist/index.js", `file://${packageDir}`).href);
const { validateDataset } = await import(new URL("dist/schemas.js", `file://${packageDir}`).href);
for (let warm = 0; warm < 20; warm += 1) validateDataset(dataset);
const times = [];
for (let run = 0; run < 100; run += 1) {
  const start = process.hrtime.bigint();
  validateDataset(dataset);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
console.log(`validateDataset(dataset), warm: median ${median(times).toFixed(2)} ms over 100 runs`);
