// `labour-left members scg-mps --json` against bare Node and against jq reading the exported JSON, and
// `labour-left-export --help` against bare Node, in the same run.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareProcesses, printTable } from "./_measure.mjs";

const ROUNDS = 30;
const GOAL = 1.3;
const HELP_GOAL = 1.5;
const cliBin = fileURLToPath(new URL("../apps/cli/bin.cjs", import.meta.url));
const exporterBin = fileURLToPath(new URL("../apps/exporter/bin.cjs", import.meta.url));
const node = process.execPath;

const workDir = mkdtempSync(join(tmpdir(), "labour-left-cli-bench-"));
try {
  execFileSync(node, [exporterBin, "--out", workDir, "--format", "json"], { stdio: "ignore" });
  const cases = {
    "node -e 0": [node, ["-e", "0"]],
    "labour-left members scg-mps --json": [node, [cliBin, "members", "scg-mps", "--json"]],
    "labour-left-export --help": [node, [exporterBin, "--help"]],
  };
  const hasJq = spawnSync("jq", ["--version"]).status === 0;
  if (hasJq) {
    const filter = '[.memberships[] | select(.organizationId == "scg-mps")]';
    cases["jq on dataset.json"] = ["jq", [filter, join(workDir, "dataset.json")]];
  }
  const medians = compareProcesses(cases, { rounds: ROUNDS, cwd: workDir });
  const baseline = medians["node -e 0"];
  console.log(`CLI start-up, median of ${ROUNDS} interleaved runs each`);
  printTable(
    Object.entries(medians).map(([name, ms]) => ({
      case: name,
      "median ms": ms.toFixed(1),
      "x node -e 0": (ms / baseline).toFixed(2),
      ...(hasJq ? { "x jq": (ms / medians["jq on dataset.json"]).toFixed(2) } : {}),
    })),
  );
  if (!hasJq) console.log("jq is not installed (Debian: apt-get install jq): its comparison was left out");
  const ratio = medians["labour-left members scg-mps --json"] / baseline;
  console.log(`goal: at most ${GOAL}x bare Node -> ${ratio <= GOAL ? "met" : "MISSED"} (${ratio.toFixed(2)}x)`);
  const help = medians["labour-left-export --help"] / baseline;
  console.log(
    `goal: labour-left-export --help at most ${HELP_GOAL}x bare Node -> ${help <= HELP_GOAL ? "met" : "MISSED"} (${help.toFixed(2)}x)`,
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
