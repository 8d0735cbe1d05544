// Temporary folders for tests: one per test run (a vitest global setup), under which each test makes its own, and
// which is removed when the run ends, so that tests leave nothing behind in the system's temporary folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUN_FOLDER_VARIABLE = "LABOUR_LEFT_TEST_TMP";

const RUN_PREFIX = "labour-left-test-";

/** Whether the process that made a run's folder is still running (on this machine). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the folders of earlier runs that were stopped before they could remove them (Ctrl-C, a killed process). */
function removeAbandonedRuns(): void {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(RUN_PREFIX))) {
    const folder = join(tmpdir(), name);
    const pid = Number(readFileSafely(join(folder, "pid")));
    if (Number.isInteger(pid) && pid > 0 && !isRunning(pid)) rmSync(folder, { recursive: true, force: true });
  }
}

function readFileSafely(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** The global setup: makes the run's folder, and returns how to remove it. */
export function setup(): () => void {
  removeAbandonedRuns();
  const root = mkdtempSync(join(tmpdir(), RUN_PREFIX));
  // Which process owns it, so that a later run can tell it was abandoned.
  writeFileSync(join(root, "pid"), String(process.pid));
  // Set before the test workers start, which inherit it.
  process.env[RUN_FOLDER_VARIABLE] = root;
  return () => rmSync(root, { recursive: true, force: true });
}

/**
 * A new empty folder for a test, inside the run's folder (or the system's temporary folder, outside vitest).
 * @example const dir = makeTestDir("streaming")
 */
export function makeTestDir(prefix: string): string {
  return mkdtempSync(join(process.env[RUN_FOLDER_VARIABLE] ?? tmpdir(), `${prefix}-`));
}
