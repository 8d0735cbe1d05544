// The bundled data exported as users run it (a fresh process each time), against the least such a program could
// do: the JSON floor (read, parse, stringify and write the same dataset.json) and csv-stringify writing the same
// tables from the same file. Interleaved runs; medians.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, printTable, USER_ENV } from "./_measure.mjs";
import { canRunOtherNodes, nodeBinary } from "./_node-binaries.mjs";

const ROUNDS = 7;
const GOALS = { all: 8, json: 2, csv: 2 };
/** A Node whose own SQLite is the WebAssembly engine's version, so that the exporter uses it. */
const NODE_WITH_SQLITE = "24.21.0";
/** The other long-term support Node users run, whose own SQLite is another version: the WebAssembly engine runs. */
const NODE_WITHOUT_SQLITE = "22.23.3";
const exporterBin = fileURLToPath(new URL("../apps/exporter/bin.cjs", import.meta.url));
const caseScript = fileURLToPath(new URL("./exporter-csv-case.mjs", import.meta.url));
const node = process.execPath;
const workDir = mkdtempSync(join(tmpdir(), "labour-left-bench-formats-"));

function run(args, binary = node) {
  const start = process.hrtime.bigint();
  const result = spawnSync(binary, args, { stdio: ["ignore", "ignore", "pipe"], env: USER_ENV });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")}: ${result.stderr}`);
  return ms;
}

try {
  const jsonDir = join(workDir, "json-export");
  run([exporterBin, "--out", jsonDir, "--format", "json"]);
  const datasetJson = join(jsonDir, "dataset.json");
  const floorScript = `const fs = require("node:fs"); fs.writeFileSync(${JSON.stringify(join(workDir, "floor.json"))}, JSON.stringify(JSON.parse(fs.readFileSync(${JSON.stringify(datasetJson)}, "utf8")), null, 2));`;
  const cases = {
    "JSON floor": () => ["-e", floorScript],
    "csv-stringify, same tables": (out) => [caseScript, "naive", datasetJson, out],
    "export, all formats": (out) => [exporterBin, "--out", out],
    "export --format json": (out) => [exporterBin, "--out", out, "--format", "json"],
    "export --format csv": (out) => [exporterBin, "--out", out, "--format", "csv"],
  };
  /** The cases run by another Node than this one. */
  const binaries = {};
  // On the Node users may run where Node's own SQLite makes the database (the WebAssembly engine's version).
  const otherNode = canRunOtherNodes ? nodeBinary(NODE_WITH_SQLITE) : undefined;
  const otherNodes = canRunOtherNodes ? [NODE_WITH_SQLITE, NODE_WITHOUT_SQLITE] : [];
  for (const version of otherNodes) {
    const binary = nodeBinary(version);
    cases[`JSON floor, Node ${version}`] = () => ["-e", floorScript];
    cases[`export, all formats, Node ${version}`] = (out) => [exporterBin, "--out", out];
    binaries[`JSON floor, Node ${version}`] = binary;
    binaries[`export, all formats, Node ${version}`] = binary;
  }
  const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, args] of Object.entries(cases)) {
      const out = join(workDir, `out-${round}-${Object.keys(cases).indexOf(name)}`);
      samples[name].push(run(args(out), binaries[name]));
      rmSync(out, { recursive: true, force: true });
    }
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const floor = medians["JSON floor"];
  const csvBaseline = medians["csv-stringify, same tables"];
  console.log(`The bundled data, exported in a fresh process (median of ${ROUNDS} interleaved runs)`);
  printTable(
    Object.entries(medians).map(([name, ms]) => ({
      case: name,
      "median ms": ms.toFixed(0),
      "x JSON floor": (ms / floor).toFixed(2),
      "x csv-stringify": (ms / csvBaseline).toFixed(2),
    })),
  );
  const lines = [
    ["all formats", medians["export, all formats"] / floor, GOALS.all, "the JSON floor"],
    ["json", medians["export --format json"] / floor, GOALS.json, "the JSON floor"],
    ["csv", medians["export --format csv"] / csvBaseline, GOALS.csv, "csv-stringify"],
  ];
  if (otherNode) {
    const ratio =
      medians[`export, all formats, Node ${NODE_WITH_SQLITE}`] / medians[`JSON floor, Node ${NODE_WITH_SQLITE}`];
    lines.push([`all formats on Node ${NODE_WITH_SQLITE}`, ratio, GOALS.all, "the JSON floor on that Node"]);
  }
  for (const [what, ratio, goal, baseline] of lines) {
    console.log(
      `goal: ${what} at most ${goal}x ${baseline} -> ${ratio <= goal ? "met" : "MISSED"} (${ratio.toFixed(2)}x)`,
    );
  }
  if (otherNode) {
    const ratio =
      medians[`export, all formats, Node ${NODE_WITHOUT_SQLITE}`] / medians[`JSON floor, Node ${NODE_WITHOUT_SQLITE}`];
    console.log(
      `(all formats on Node ${NODE_WITHOUT_SQLITE}, WebAssembly SQLite: ${ratio.toFixed(2)}x the JSON floor on that Node)`,
    );
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
