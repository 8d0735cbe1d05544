// `pnpm labour-left <command>` in a clone: builds the CLI (and what it bundles) when its sources changed, quietly,
// then runs it with the arguments given, so that its output is only its own.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const build = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "build", "--filter=@labour-left/cli...", "--output-logs=errors-only"],
  {
    cwd: root,
    encoding: "utf8",
  },
);
if (build.status !== 0) {
  process.stderr.write(`${build.stdout}${build.stderr}labour-left: the CLI could not be built (above)\n`);
  process.exit(1);
}
const cli = spawnSync(
  process.execPath,
  [fileURLToPath(new URL("../apps/cli/bin.cjs", import.meta.url)), ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(cli.status ?? 1);
