// Temporary folders for tests: one per test run (a vitest global setup), under which each test makes its own, and
// which is removed when the run ends, so that tests leave nothing behind in the system's temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUN_FOLDER_VARIABLE = "LABOUR_LEFT_TEST_TMP";

/** The global setup: makes the run's folder, and returns how to remove it. */
export function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "labour-left-test-"));
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
