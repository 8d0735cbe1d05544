// What type-checking a consumer of the records costs: a two-line consumer against an empty one, both without
// skipLibCheck, in a folder that links the built package as a user's node_modules would hold it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareProcesses, printTable } from "./_measure.mjs";

const packageDir = fileURLToPath(new URL("../packages/data/", import.meta.url));
const tsc = createRequire(join(packageDir, "package.json")).resolve("typescript/bin/tsc");
const ROUNDS = 7;
const GOAL = 1.3;

const dir = mkdtempSync(join(tmpdir(), "labour-left-bench-tsc-"));
try {
  mkdirSync(join(dir, "node_modules/@labour-left"), { recursive: true });
  symlinkSync(packageDir, join(dir, "node_modules/@labour-left/data"), "dir");
  writeFileSync(join(dir, "empty.ts"), "export {};\n");
  writeFileSync(
    join(dir, "consumer.ts"),
    'import { getPerson } from "@labour-left/data";\nexport const name = getPerson("diane-abbott")?.name;\n',
  );
  const config = (file) => {
    const name = `tsconfig.${file.replace(/\.ts$/, "")}.json`;
    const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, module: "nodenext", types: [] };
    writeFileSync(join(dir, name), JSON.stringify({ compilerOptions, files: [file] }));
    return [tsc, "-p", name];
  };
  const medians = compareProcesses(
    {
      "tsc, empty consumer": [process.execPath, config("empty.ts")],
      "tsc, records consumer": [process.execPath, config("consumer.ts")],
    },
    { rounds: ROUNDS, cwd: dir },
  );
  const empty = medians["tsc, empty consumer"];
  console.log(`type-checking a consumer, median of ${ROUNDS} interleaved runs each`);
  printTable(
    Object.entries(medians).map(([name, ms]) => ({
      case: name,
      "median ms": ms.toFixed(0),
      "x empty": (ms / empty).toFixed(2),
    })),
  );
  const ratio = medians["tsc, records consumer"] / empty;
  console.log(
    `goal: a records consumer type-checks within ${GOAL}x an empty one -> ${ratio <= GOAL ? "met" : "MISSED"} (${ratio.toFixed(2)}x)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
