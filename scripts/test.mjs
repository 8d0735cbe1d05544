// `pnpm test`: installs what the tests need beyond npm packages, then runs every check through turbo. The cache key
// carries what ../shared holds (a digest, or "absent"), so that a cached result never claims a skip, or a pass,
// that this run would not give.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const sharedDir = process.env.LABOUR_LEFT_SHARED ?? join(root, "..", "shared");

function sharedState() {
  if (!existsSync(sharedDir)) return "absent";
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(relative(sharedDir, path)).update("\0").update(readFileSync(path));
    }
  };
  walk(sharedDir);
  return hash.digest("hex");
}

const run = (command, args, env = process.env) => spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;

const setupStatus = run(process.execPath, [join(root, "scripts/ensure-test-deps.mjs")]);
if (setupStatus !== 0) process.exit(setupStatus);
// --continue: a failing task does not stop the others midway, so every test cleans up after itself.
const status = run("pnpm", ["exec", "turbo", "run", "lint", "lint:root", "typecheck", "test", "--continue"], {
  ...process.env,
  LABOUR_LEFT_SHARED_STATE: sharedState(),
});
process.exit(status);
