import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin.js", import.meta.url));

export interface BinResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built bin as a user would, in a child process. */
export function runBin(args: readonly string[], cwd = process.cwd()): BinResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export { makeTestDir as makeTempDir } from "../../../vitest.temp-root";

/** Every file below a directory, by relative path, with its bytes. */
export function readTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

/** The record of what an export wrote: it holds the files' modification times, which differ from run to run. */
export const MANIFEST = ".labour-left-export.json";

/** The files of an export below `root`, without the exporter's record of them. */
export function readExport(root: string): Map<string, Buffer> {
  return new Map([...readTree(root)].filter(([path]) => path !== MANIFEST));
}
