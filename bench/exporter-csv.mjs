// Validate and export a synthetic dataset to CSV at 1x, 10x and 100x, against the CSV library writing the same rows.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { printTable } from "./_measure.mjs";

const SCALES = [1, 10, 100];
const GOAL_RATIO = 1.5;
const caseScript = fileURLToPath(new URL("./exporter-csv-case.mjs", import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), "labour-left-bench-"));

function measure(mode, scale) {
  const output = execFileSync(
    process.execPath,
    ["--max-old-space-size=16384", caseScript, mode, String(scale), join(workDir, `${mode}-${scale}`)],
    {
      encoding: "utf8",
      cwd: fileURLToPath(new URL("../apps/exporter/", import.meta.url)),
    },
  );
  return JSON.parse(output.trim().split("\n").at(-1));
}

const results = [];
try {
  for (const scale of SCALES) {
    const ours = measure("export", scale);
    const baseline = measure("baseline", scale);
    results.push({ scale, ours, baseline });
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

console.log("CSV export of a synthetic dataset: validate + export, against csv-stringify writing the same rows");
printTable(
  results.map(({ scale, ours, baseline }, index) => {
    const total = ours.totalMs;
    const previous = results[index - 1];
    const growth = previous ? (total / previous.ours.totalMs).toFixed(1) : "";
    return {
      scale: `${scale}x`,
      people: ours.people,
      memberships: ours.memberships,
      "validate + export ms": total.toFixed(0),
      "of which validate ms": ours.validateMs.toFixed(0),
      "baseline ms": baseline.totalMs.toFixed(0),
      "x baseline": (total / baseline.totalMs).toFixed(2),
      "time growth": growth,
      "peak MB": ours.peakRssMb.toFixed(0),
      "baseline peak MB": baseline.peakRssMb.toFixed(0),
    };
  }),
);
const worst = Math.max(...results.map(({ ours, baseline }) => ours.totalMs / baseline.totalMs));
console.log(
  `goal: at most ${GOAL_RATIO}x the baseline -> ${worst <= GOAL_RATIO ? "met" : "MISSED"} (worst ${worst.toFixed(2)}x)`,
);
console.log(
  "goal: time grows linearly (about 10 per 10x step); memory does not grow with rows -> see the columns above",
);
