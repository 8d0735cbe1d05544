import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";

/**
 * Files from this size on are parsed and checked by worker threads. Each worker compiles the schemas and warms
 * up anew, which costs more than it gains below this (on two cores: slower at 26 MB, faster at 258 MB).
 */
const WORKERS_FROM_BYTES = 64 * 1024 * 1024;

/**
 * Whether to use worker threads: as `parallel` says, or else for a file large enough to be worth them, on a
 * machine with more than one core.
 */
export async function worthWorkers(parallel: boolean | undefined, path: string | undefined): Promise<boolean> {
  if (parallel !== undefined) return parallel;
  if (path === undefined || availableParallelism() < 2) return false;
  // A file that cannot be read is reported when it is opened.
  const bytes = await stat(path).then(
    ({ size }) => size,
    () => 0,
  );
  return bytes >= WORKERS_FROM_BYTES;
}
