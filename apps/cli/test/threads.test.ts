import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@labour-left/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labourLeft, makeTempDir } from "./_run";

/** Just above the size from which the exporter shares the work out to worker threads (64 MiB). */
const LARGE_BYTES = 65 * 1024 * 1024;

const countWorkers = fileURLToPath(new URL("./fixtures/count-workers.cjs", import.meta.url));
const counted = { NODE_OPTIONS: `--require ${countWorkers}` };
const workersStarted = (stderr: string): number => Number(/worker threads started: (\d+)/.exec(stderr)?.[1]);

/** The bundled dataset as a file, and again padded with whitespace to a size that calls for worker threads. */
function smallAndLargeFiles(dir: string): { small: string; large: string } {
  const text = JSON.stringify(dataset);
  const small = join(dir, "small.json");
  const large = join(dir, "large.json");
  writeFileSync(small, text);
  writeFileSync(large, `{${" ".repeat(LARGE_BYTES - text.length)}${text.slice(1)}`);
  return { small, large };
}

/** The files of an export, without the exporter's record of them (it holds their modification times). */
function filesUnder(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name !== ".labour-left-export.json",
  );
  return new Map(
    entries.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path), readFileSync(path)];
    }),
  );
}

// On one core the exporter keeps to one thread, whatever the size.
describe.skipIf(availableParallelism() < 2)("labour-left with a large input, on two cores or more", () => {
  let dir: string;
  let files: { small: string; large: string };
  beforeAll(() => {
    dir = makeTempDir("threads");
    files = smallAndLargeFiles(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("validates in worker threads, with the same verdict as in one thread", () => {
    const inOneThread = labourLeft(["validate", files.small], counted);
    const inWorkers = labourLeft(["validate", files.large], counted);
    expect(workersStarted(inOneThread.stderr)).toBe(0);
    expect(workersStarted(inWorkers.stderr)).toBeGreaterThan(0);
    expect(inWorkers).toMatchObject({ status: 0, stdout: `${files.large}: valid\n` });
  });

  it("exports in worker threads, byte for byte what one thread writes", () => {
    const formats = ["--format", "csv,json,popolo"];
    const inOneThread = labourLeft(["export", "--input", files.small, "--out", join(dir, "one"), ...formats], counted);
    const inWorkers = labourLeft(
      ["export", "--input", files.large, "--out", join(dir, "workers"), ...formats],
      counted,
    );
    expect([inOneThread.status, inWorkers.status]).toEqual([0, 0]);
    expect(workersStarted(inWorkers.stderr)).toBeGreaterThan(0);
    const written = filesUnder(join(dir, "workers"));
    expect([...written.keys()].sort()).toEqual([...filesUnder(join(dir, "one")).keys()].sort());
    for (const [path, bytes] of filesUnder(join(dir, "one"))) expect(written.get(path)?.equals(bytes), path).toBe(true);
  });
});
