// Installs what the tests need beyond npm packages: Debian's Chromium for the docs site's browser tests.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const run = (command, args) =>
  spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status ===
  0;

if (existsSync(chromium)) process.exit(0);

const canApt =
  process.platform === "linux" &&
  process.getuid?.() === 0 &&
  spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
if (canApt) {
  console.log("test setup: installing Debian's chromium for the docs site's browser tests");
  const installed =
    run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]) ||
    (run("apt-get", ["update"]) && run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]));
  if (!installed || !existsSync(chromium)) {
    console.error("test setup: could not install chromium with apt-get; the browser tests will be skipped");
  }
} else {
  console.log(
    `test setup: no Chromium at ${chromium}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH; until then the browser tests are skipped.`,
  );
}
