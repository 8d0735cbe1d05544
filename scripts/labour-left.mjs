// `pnpm -s labour-left <command>` in a clone: runs the CLI with the arguments given, so that its output is only its
// own (pipe it into jq). It builds the CLI first, quietly, only when a source it is made from is newer than the build:
// looking costs a few milliseconds, a build check through turbo about two seconds.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = join(root, "apps/cli/dist/cli.js");
const SOURCES = [
  "apps/cli/src",
  "apps/cli/package.json",
  "apps/exporter/src",
  "packages/data/src",
  "packages/data/package.json",
];

function newest(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (SOURCES.some((path) => newest(join(root, path)) > builtAt)) {
  const build = spawnSync(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@labour-left/cli...", "--output-logs=errors-only"],
    { cwd: root, encoding: "utf8" },
  );
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}labour-left: the CLI could not be built (above)\n`);
    process.exit(1);
  }
}
const cli = spawnSync(process.execPath, [join(root, "apps/cli/bin.cjs"), ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exitCode = cli.status ?? 1;
