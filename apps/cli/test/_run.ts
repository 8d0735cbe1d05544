import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const binPath = fileURLToPath(new URL("../bin.cjs", import.meta.url));

export interface BinResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built bin as a user would, piped (not a terminal), with the environment given. */
export function labourLeft(args: readonly string[], env: Record<string, string | undefined> = {}): BinResult {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A command's JSON output, which must come with nothing on stderr but notes, and exit 0. */
export function json(args: readonly string[]): unknown {
  const result = labourLeft([...args, "--json"]);
  const unexpected = result.stderr.split("\n").filter((line) => line !== "" && !line.startsWith("labour-left: note: "));
  if (result.status !== 0 || unexpected.length > 0) {
    throw new Error(`labour-left ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout);
}

export { makeTestDir as makeTempDir } from "../../../vitest.temp-root";
