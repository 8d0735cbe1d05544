import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readTree } from "../../../vitest.read-tree";

const bin = fileURLToPath(new URL("../bin.cjs", import.meta.url));

export interface BinResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built bin as a user would, in a child process (of this Node, or of the Node at `node`). */
export function runBin(args: readonly string[], cwd = process.cwd(), node = process.execPath): BinResult {
  const result = spawnSync(node, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export { makeTestDir as makeTempDir } from "../../../vitest.temp-root";
export { readTree };

/** The record of what an export wrote: it holds the files' modification times, which differ from run to run. */
export const MANIFEST = ".labour-left-export.json";

/** The files of an export below `root`, without the exporter's record of them. */
export function readExport(root: string): Map<string, Buffer> {
  return new Map([...readTree(root)].filter(([path]) => path !== MANIFEST));
}
