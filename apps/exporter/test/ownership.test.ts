import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticDataset } from "../../../bench/_synthetic-dataset.mjs";
import { MANIFEST, makeTempDir, readExport, readTree, runBin } from "./_run";

const bin = fileURLToPath(new URL("../bin.cjs", import.meta.url));

/** Runs the built bin without waiting, so that two can run at once. */
async function runBinAsync(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stderr };
}

describe("the exporter and the files in its output folder", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir("ownership");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stops before changing anything when a folder of the user's stands where it writes a file", () => {
    const outDir = join(dir, "folder-in-the-way");
    mkdirSync(join(outDir, "popolo.json", "photos"), { recursive: true });
    writeFileSync(join(outDir, "popolo.json", "photos", "thesis.txt"), "thesis");
    const before = readTree(outDir);
    const result = runBin(["--out", outDir, "--format", "popolo"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("files the exporter did not write are in the way");
    expect(result.stderr).toContain("popolo.json is a folder, where the export writes a file");
    expect(readTree(outDir)).toEqual(before);
    expect(readdirSync(outDir)).toEqual(["popolo.json"]);
  });

  it("never replaces a file it did not write, nor one changed since it wrote it", () => {
    const outDir = join(dir, "user-files");
    mkdirSync(join(outDir, "csv"), { recursive: true });
    writeFileSync(join(outDir, "csv", "people.csv"), "my own table\n");
    const refused = runBin(["--out", outDir, "--format", "csv"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("csv/people.csv was not written by the exporter");
    expect(readTree(outDir)).toEqual(new Map([["csv/people.csv", Buffer.from("my own table\n")]]));

    const fresh = join(dir, "edited");
    expect(runBin(["--out", fresh, "--format", "csv"]).status).toBe(0);
    writeFileSync(join(fresh, "csv", "areas.csv"), "edited by hand\n");
    const edited = runBin(["--out", fresh, "--format", "csv"]);
    expect(edited.status).toBe(1);
    expect(edited.stderr).toContain("csv/areas.csv has changed since the exporter wrote it");
    expect(readTree(fresh).get("csv/areas.csv")?.toString()).toBe("edited by hand\n");
  });

  it("replaces its own files, keeps the user's beside them, and records what it wrote", () => {
    const outDir = join(dir, "again");
    expect(runBin(["--out", outDir, "--format", "csv"]).status).toBe(0);
    writeFileSync(join(outDir, "csv", "my-notes.txt"), "mine");
    expect(runBin(["--out", outDir, "--format", "csv,popolo"]).status).toBe(0);
    const tree = readTree(outDir);
    expect(tree.get("csv/my-notes.txt")?.toString()).toBe("mine");
    const manifest = JSON.parse(tree.get(MANIFEST)?.toString() ?? "{}") as { files: { path: string }[] };
    const recorded = manifest.files.map((file) => file.path);
    expect(recorded).toContain("popolo.json");
    expect(recorded).toContain("csv/people.csv");
    expect(recorded).not.toContain("csv/my-notes.txt");
  });

  it("lets one export at a time write into a folder: the other fails at once, and no mix is left", async () => {
    const input = join(dir, "large.json");
    await writeSyntheticDataset(input, 3);
    const outDir = join(dir, "concurrent");
    const [first, second] = await Promise.all([
      runBinAsync(["--input", input, "--out", outDir]),
      runBinAsync(["--input", input, "--out", outDir]),
    ]);
    const codes = [first.code, second.code].sort();
    expect(codes).toEqual([0, 1]);
    expect(`${first.stderr}${second.stderr}`).toMatch(/another export \(process \d+ on .+\) is writing into/);
    const alone = join(dir, "alone");
    expect(runBin(["--input", input, "--out", alone]).status).toBe(0);
    // Digests: comparing megabytes of buffers byte by byte is slow in the matcher.
    const digests = (root: string) =>
      new Map([...readExport(root)].map(([path, bytes]) => [path, createHash("sha256").update(bytes).digest("hex")]));
    expect(digests(outDir)).toEqual(digests(alone));
  });
});
