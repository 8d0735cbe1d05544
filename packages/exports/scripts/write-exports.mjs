// Writes every export of the bundled dataset to data/, the files this package publishes. The folder is the build's
// alone (ignored by git), so it is made afresh: nothing from an earlier exporter stays behind.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const exporterDir = dirname(createRequire(import.meta.url).resolve("@labour-left/exporter/package.json"));
const out = join(packageDir, "data");

rmSync(out, { recursive: true, force: true });
const result = spawnSync(process.execPath, [join(exporterDir, "bin.cjs"), "--out", out], { stdio: "inherit" });
process.exit(result.status ?? 1);
