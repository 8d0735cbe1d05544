// An output folder that an unlucky user or a hostile co-user has laid traps in: links where the exporter writes,
// files by the names of its own, a stale lock, a killed export's leftovers, FIFOs. Each case runs the built bin.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticDataset } from "../../../bench/_synthetic-dataset.mjs";
import { MANIFEST, makeTempDir, readExport, readTree, runBin } from "./_run";

const bin = fileURLToPath(new URL("../bin.cjs", import.meta.url));
const LOCK = ".labour-left-export.lock";
const isStaging = (name: string): boolean => /^\.labour-left-export-[A-Za-z0-9]{6}$/.test(name);

/** Runs the built bin without waiting; `onStart` gets the child as soon as it runs. */
async function runBinAsync(
  args: readonly string[],
  onStart?: (child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  onStart?.(child);
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stderr };
}

/** The pid of a process that has ended: what a lock or staging folder left by a killed export names. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

/** The owner text the exporter writes, for a process of this host. */
const ownerText = (pid: number): string => `${hostname()}\n${pid}\n${randomBytes(8).toString("hex")}\n`;

describe("the exporter in an output folder with traps in it", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir("hostile-folder");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("never writes through a link: not at its record's temporary name, its record, nor a folder it writes into", () => {
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "secret\n");
    const linkAtTemporary = join(dir, "link-at-temporary");
    mkdirSync(linkAtTemporary);
    symlinkSync(victim, join(linkAtTemporary, `${MANIFEST}.new`));
    expect(runBin(["--out", linkAtTemporary, "--format", "json"]).status).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("secret\n");
    expect(lstatSync(join(linkAtTemporary, `${MANIFEST}.new`)).isSymbolicLink()).toBe(true);

    const linkAtRecord = join(dir, "link-at-record");
    mkdirSync(linkAtRecord);
    symlinkSync(victim, join(linkAtRecord, MANIFEST));
    const refused = runBin(["--out", linkAtRecord, "--format", "json"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${MANIFEST} is not the exporter's record (not a regular file)`);
    expect(readFileSync(victim, "utf8")).toBe("secret\n");

    const elsewhere = join(dir, "elsewhere");
    mkdirSync(elsewhere);
    const linkAsFolder = join(dir, "link-as-folder");
    mkdirSync(linkAsFolder);
    symlinkSync(elsewhere, join(linkAsFolder, "csv"));
    const intoLink = runBin(["--out", linkAsFolder, "--format", "csv"]);
    expect(intoLink.status).toBe(1);
    expect(intoLink.stderr).toContain("csv is a link, where the export needs a folder");
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(lstatSync(join(linkAsFolder, "csv")).isSymbolicLink()).toBe(true);
  });

  it("sends nothing into another folder when a folder of the export is swapped for a link while it runs", async () => {
    const input = join(dir, "large.json");
    await writeSyntheticDataset(input, 5);
    const target = join(dir, "target-of-swap");
    mkdirSync(target);
    writeFileSync(join(target, "people.csv"), "someone else's table\n");
    const targetBefore = readTree(target);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const outDir = join(dir, `swapped-${attempt}`);
      expect(runBin(["--out", outDir, "--format", "csv"]).status).toBe(0);
      let swapped = false;
      const { code } = await runBinAsync(["--input", input, "--out", outDir, "--format", "csv"], () => {
        const timer = setInterval(() => {
          if (!readdirSync(outDir).some(isStaging) || swapped) return;
          clearInterval(timer);
          renameSync(join(outDir, "csv"), join(dir, `moved-away-${attempt}`));
          symlinkSync(target, join(outDir, "csv"));
          swapped = true;
        }, 1);
      });
      expect(swapped).toBe(true);
      expect([0, 1]).toContain(code);
      expect(readTree(target)).toEqual(targetBefore);
      expect(readdirSync(outDir).filter((name) => isStaging(name) || name === LOCK)).toEqual([]);
    }
  });

  it("keeps files and folders of the user's whose names start like its own", () => {
    const outDir = join(dir, "look-alikes");
    mkdirSync(join(outDir, ".labour-left-export-backup"), { recursive: true });
    writeFileSync(join(outDir, ".labour-left-export-backup", "owner"), "me\n");
    writeFileSync(join(outDir, ".labour-left-export-notes.txt"), "my notes\n");
    mkdirSync(join(outDir, ".labour-left-export-Ab12Cd"));
    writeFileSync(join(outDir, ".labour-left-export-Ab12Cd", "owner"), "not an owner text\n");
    const before = readTree(outDir);
    expect(runBin(["--out", outDir, "--format", "json"]).status).toBe(0);
    expect(runBin(["--out", outDir, "--format", "json"]).status).toBe(0);
    const after = readTree(outDir);
    for (const [path, bytes] of before) expect(after.get(path), path).toEqual(bytes);
  });

  it("finishes the moves of an export killed while moving into place, and leaves a live export's folder alone", () => {
    const outDir = join(dir, "interrupted");
    const newer = join(dir, "newer");
    expect(runBin(["--out", outDir, "--format", "csv,json"]).status).toBe(0);
    expect(runBin(["--out", newer, "--format", "csv,json", "--bom"]).status).toBe(0);
    const newerFiles = readExport(newer);
    // The state a kill leaves after the first entry went aside and before the newer one took its place.
    const entries = [...new Set([...newerFiles.keys()].map((path) => path.split("/")[0] as string))].sort();
    const staging = join(outDir, ".labour-left-export-Kil1ed");
    mkdirSync(join(staging, "previous"), { recursive: true });
    writeFileSync(join(staging, "owner"), ownerText(deadPid()));
    for (const entry of entries) cpSync(join(newer, entry), join(staging, "new", entry), { recursive: true });
    const [first] = entries as [string];
    renameSync(join(outDir, first), join(staging, "previous", first));
    const journal = { writtenBy: "@labour-left/exporter", entries, files: [...newerFiles.keys()] };
    writeFileSync(join(staging, "journal.json"), JSON.stringify(journal));
    // A folder of a live export (this process) is never touched.
    const live = join(outDir, ".labour-left-export-L1ve00");
    mkdirSync(live);
    writeFileSync(join(live, "owner"), ownerText(process.pid));

    const next = runBin(["--out", outDir, "--format", "popolo"]);
    expect(next.stderr).toBe("");
    expect(next.status).toBe(0);
    const recovered = readExport(outDir);
    for (const [path, bytes] of newerFiles) expect(recovered.get(path), path).toEqual(bytes);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(join(live, "owner"))).toBe(true);
    // The record holds the recovered files: the next export replaces them without complaint.
    rmSync(live, { recursive: true });
    expect(runBin(["--out", outDir, "--format", "csv,json"]).status).toBe(0);
  });

  it("ignores an entry of its record that names no file it could have written", () => {
    const outDir = join(dir, "odd-record");
    expect(runBin(["--out", outDir, "--format", "json"]).status).toBe(0);
    const record = JSON.parse(readFileSync(join(outDir, MANIFEST), "utf8"));
    record.files.push({ path: 5 }, { path: "../escape.txt", bytes: 1, modified: 1 });
    writeFileSync(join(outDir, MANIFEST), JSON.stringify(record));
    expect(runBin(["--out", outDir, "--format", "json"]).status).toBe(0);
    expect(runBin(["--out", outDir, "--format", "json"]).status).toBe(0);
  });

  it("takes over a stale lock once: four exports started together leave one whole export", async () => {
    const reference = join(dir, "reference");
    expect(runBin(["--out", reference, "--format", "csv,json"]).status).toBe(0);
    const outDir = join(dir, "stale-lock");
    expect(runBin(["--out", outDir, "--format", "csv,json"]).status).toBe(0);
    writeFileSync(join(outDir, LOCK), ownerText(deadPid()));
    const runs = await Promise.all([1, 2, 3, 4].map(() => runBinAsync(["--out", outDir, "--format", "csv,json"])));
    for (const { code, stderr } of runs) {
      if (code === 0) continue;
      expect(code).toBe(1);
      expect(stderr).toMatch(/another export \(process \d+ on .+\) is writing into/);
    }
    expect(runs.some(({ code }) => code === 0)).toBe(true);
    expect(readdirSync(outDir).filter((name) => isStaging(name) || name === LOCK)).toEqual([]);
    expect(readExport(outDir)).toEqual(readExport(reference));
    expect(runBin(["--out", outDir, "--format", "csv,json"]).status).toBe(0);
  });

  it("stops at once, unread and untouched, at a FIFO where its record or its lock belongs", () => {
    for (const name of [MANIFEST, LOCK]) {
      const outDir = join(dir, `fifo-${name}`);
      mkdirSync(outDir);
      execFileSync("mkfifo", [join(outDir, name)]);
      const result = spawnSync(process.execPath, [bin, "--out", outDir, "--format", "json"], {
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(result.signal, name).toBeNull();
      expect(result.status, name).toBe(1);
      expect(result.stderr).toContain("not a regular file");
      expect(lstatSync(join(outDir, name)).isFIFO()).toBe(true);
      expect(readdirSync(outDir)).toEqual([name]);
    }
  });

  it("stops on SIGTERM while waiting for a FIFO named as its input to be written", async () => {
    const fifo = join(dir, "input.fifo");
    execFileSync("mkfifo", [fifo]);
    const outDir = join(dir, "from-fifo");
    const { code, stderr } = await runBinAsync(["--input", fifo, "--out", outDir], (child) => {
      setTimeout(() => child.kill("SIGTERM"), 500);
    });
    expect(code).toBe(143);
    expect(stderr).toContain("stopped by SIGTERM");
    expect(existsSync(outDir)).toBe(false);
  });
});
