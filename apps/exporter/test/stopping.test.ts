import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The benchmark's dataset: large enough that an export is still running when it is stopped.
import { writeSyntheticDataset } from "../../../bench/_synthetic-dataset.mjs";
import { MANIFEST, makeTempDir, readExport, readTree } from "./_run";

// The built package: worker threads run built files only.
const { exportDataset, validateDatasetFile } = (await import(
  new URL("../dist/index.js", import.meta.url).href
)) as typeof import("../src/index");

const bin = fileURLToPath(new URL("../bin.cjs", import.meta.url));
const isStaging = (name: string): boolean => name.startsWith(".labour-left-export-");
const LOCK = ".labour-left-export.lock";

/** Calls `stop` as soon as an export has made and claimed its staging folder in `outDir`; returns how to stop watching. */
function whenStaged(outDir: string, stop: () => void): () => void {
  const timer = setInterval(() => {
    if (readdirSync(outDir).some((name) => isStaging(name) && existsSync(join(outDir, name, "owner")))) {
      clearInterval(timer);
      stop();
    }
  }, 1);
  return () => clearInterval(timer);
}

/** An output folder holding a previous export and a file of the user's own. */
async function previousExport(outDir: string): Promise<Map<string, Buffer>> {
  await exportDataset({ outDir, formats: ["csv"] });
  writeFileSync(join(outDir, "my-notes.txt"), "not the exporter's");
  return readTree(outDir);
}

describe("an export or a validation stopped before it ends", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = makeTempDir("stopping");
    input = join(dir, "large.json");
    await writeSyntheticDataset(input, 5);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("rejects at once with the signal's reason when the signal is already aborted, writing nothing", async () => {
    const outDir = join(dir, "never");
    const reason = new Error("stopped before starting");
    await expect(exportDataset({ outDir, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(readdirSync(dir)).not.toContain("never");
  });

  it("removes what it staged and leaves the previous files as they were, with worker threads or not", async () => {
    for (const parallel of [false, true]) {
      const outDir = join(dir, `stopped-${parallel}`);
      const before = await previousExport(outDir);
      const controller = new AbortController();
      const reason = new Error("stopped midway");
      const stopWatching = whenStaged(outDir, () => controller.abort(reason));
      try {
        await expect(exportDataset({ outDir, input, parallel, signal: controller.signal })).rejects.toBe(reason);
      } finally {
        stopWatching();
      }
      expect(readdirSync(outDir).filter(isStaging)).toEqual([]);
      expect(readTree(outDir)).toEqual(before);
    }
  });

  it("stops the bin on Ctrl-C (SIGINT) with exit code 130, saying so, and changes nothing", async () => {
    const outDir = join(dir, "interrupted");
    const before = await previousExport(outDir);
    const child = spawn(process.execPath, [bin, "--input", input, "--out", outDir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const stopWatching = whenStaged(outDir, () => child.kill("SIGINT"));
    const [code] = (await once(child, "exit")) as [number | null];
    stopWatching();
    expect({ code, stderr }).toEqual({
      code: 130,
      stderr: `labour-left-export: stopped by SIGINT; nothing was changed in ${outDir}\n`,
    });
    expect(readdirSync(outDir).filter(isStaging)).toEqual([]);
    expect(readTree(outDir)).toEqual(before);
  });

  it("leaves a staging folder and a stale lock when killed outright (SIGKILL); the next export removes both and nothing else", async () => {
    const outDir = join(dir, "killed");
    const before = await previousExport(outDir);
    const child = spawn(process.execPath, [bin, "--input", input, "--out", outDir], { stdio: "ignore" });
    const stopWatching = whenStaged(outDir, () => child.kill("SIGKILL"));
    await once(child, "exit");
    stopWatching();
    expect(readdirSync(outDir).filter(isStaging)).toHaveLength(1);
    expect(readdirSync(outDir)).toContain(LOCK);
    // A folder of the user's by a name like the staging folders' holds no owner file of the exporter's: it stays.
    mkdirSync(join(outDir, ".labour-left-export-unclaimed"));
    await exportDataset({ outDir, formats: ["csv"] });
    expect(readdirSync(outDir).filter((name) => isStaging(name) || name === LOCK)).toEqual([
      ".labour-left-export-unclaimed",
    ]);
    expect(readExport(outDir)).toEqual(new Map([...before].filter(([path]) => path !== MANIFEST)));
  });

  it("finishes its clean-up through a second Ctrl-C, and stops on SIGHUP too", async () => {
    for (const [signals, code] of [
      [["SIGINT", "SIGINT"], 130],
      [["SIGHUP"], 129],
    ] as const) {
      const outDir = join(dir, `stopped-by-${signals.join("-")}`);
      const before = await previousExport(outDir);
      const child = spawn(process.execPath, [bin, "--input", input, "--out", outDir], { stdio: "ignore" });
      const stopWatching = whenStaged(outDir, () => {
        for (const signal of signals) child.kill(signal);
      });
      const [exitCode] = (await once(child, "exit")) as [number | null];
      stopWatching();
      expect(exitCode).toBe(code);
      expect(readdirSync(outDir).filter((name) => isStaging(name) || name === LOCK)).toEqual([]);
      expect(readTree(outDir)).toEqual(before);
    }
  });

  it("stops validating a file when its signal is aborted, with worker threads or not", async () => {
    const reason = new Error("no longer wanted");
    await expect(validateDatasetFile(input, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    for (const parallel of [false, true]) {
      const controller = new AbortController();
      // Aborted once it has begun, before it reads its first batch.
      const validating = validateDatasetFile(input, { parallel, signal: controller.signal });
      controller.abort(reason);
      await expect(validating).rejects.toBe(reason);
    }
  });
});
