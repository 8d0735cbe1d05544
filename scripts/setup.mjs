// Sets up a fresh clone with only Node and npm: installs pnpm (the version package.json pins), then the workspace.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const MIN_NODE_MAJOR = 20;
const nodeMajor = Number(process.versions.node.split(".")[0]);
if (nodeMajor < MIN_NODE_MAJOR) {
  console.error(`setup: Node ${MIN_NODE_MAJOR} or newer is needed; this is Node ${process.versions.node}.`);
  process.exit(1);
}

const { packageManager } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const wantedPnpm = packageManager.replace(/^pnpm@/, "");

function installedPnpm() {
  const result = spawnSync("pnpm", ["--version"], { encoding: "utf8", shell: process.platform === "win32" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

const found = installedPnpm();
if (found !== wantedPnpm) {
  console.log(`setup: installing pnpm ${wantedPnpm} with npm (found ${found ?? "none"})`);
  const install = spawnSync("npm", ["install", "--global", "--no-audit", "--no-fund", `pnpm@${wantedPnpm}`], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (install.status !== 0 || installedPnpm() !== wantedPnpm) {
    console.error(
      `setup: could not install pnpm ${wantedPnpm} globally. Install it yourself (npm install --global pnpm@${wantedPnpm}) and run this again.`,
    );
    process.exit(1);
  }
}

console.log("setup: installing the workspace's dependencies");
execFileSync("pnpm", ["install", "--frozen-lockfile"], { stdio: "inherit", shell: process.platform === "win32" });
