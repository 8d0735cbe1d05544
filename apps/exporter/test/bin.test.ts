import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@labour-left/data";
import { describe, expect, it } from "vitest";
import { FORMATS, FORMULA_TRIGGERS } from "../src/index";
import { makeTempDir, readExport, readTree, runBin } from "./_run";

describe("labour-left-export", () => {
  it("writes byte-identical files on every run", () => {
    const dir = makeTempDir("determinism");
    const first = runBin(["--out", join(dir, "a")]);
    const second = runBin(["--out", join(dir, "b")]);
    expect([first.status, second.status]).toEqual([0, 0]);
    const a = readExport(join(dir, "a"));
    expect(a.size).toBeGreaterThan(30);
    expect(readExport(join(dir, "b"))).toEqual(a);
  });

  it("prints what it wrote: file, rows and bytes", () => {
    const dir = makeTempDir("summary");
    const { stdout, status } = runBin(["--out", dir, "--format", "popolo"]);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(`wrote 1 files to ${dir}`);
    expect(lines[1]).toMatch(/^file\s+rows\s+bytes$/);
    const popoloRows = ["people", "organizations", "memberships", "posts", "areas", "events"].reduce(
      (sum, name) => sum + dataset[name as "people"].length,
      0,
    );
    expect(lines[2]).toMatch(new RegExp(`^popolo\\.json\\s+${popoloRows}\\s+\\d+$`));
  });

  it("leaves the previous export and other files intact when something is in the way", () => {
    const out = join(makeTempDir("atomic"), "out");
    expect(runBin(["--out", out]).status).toBe(0);
    writeFileSync(join(out, "my-notes.txt"), "not the exporter's");
    const before = readTree(out);
    // A file where the exporter needs a folder: found before anything moves.
    rmSync(join(out, "json-schema"), { recursive: true });
    writeFileSync(join(out, "json-schema"), "in the way");
    const expected = new Map([...before].filter(([path]) => !path.startsWith("json-schema/")));
    expected.set("json-schema", Buffer.from("in the way"));
    const result = runBin(["--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^labour-left-export: files the exporter did not write are in the way in /);
    expect(result.stderr).toContain("json-schema is a file, where the export needs a folder");
    expect(readTree(out)).toEqual(expected);
    expect(readdirSync(out).filter((name) => name.startsWith(".labour-left-export-"))).toEqual([]);
  });

  it("fails clearly, writing nothing, when the output directory cannot be made", () => {
    const dir = makeTempDir("unwritable");
    writeFileSync(join(dir, "a-file"), "");
    const result = runBin(["--out", join(dir, "a-file", "out")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^labour-left-export: cannot create the output directory .*a-file\/out: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects an invalid --input with every problem and its path, and writes nothing", () => {
    const dir = makeTempDir("invalid");
    const broken = structuredClone(dataset) as unknown as Record<string, Record<string, unknown>[]>;
    (broken.memberships?.[0] as Record<string, unknown>).personId = "nobody";
    (broken.people?.[0] as Record<string, unknown>).name = "";
    writeFileSync(join(dir, "input.json"), JSON.stringify(broken));
    const result = runBin(["--input", join(dir, "input.json"), "--out", join(dir, "out")]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      `labour-left-export: ${join(dir, "input.json")} does not follow the dataset schema (2 problems); nothing was written`,
      expect.stringMatching(/^ {2}people\[0\]\.name: .*received ""\)$/),
      `  memberships[0].personId: no record 'nobody' in people (received "nobody")`,
      "",
    ]);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("names the file, line and column of malformed JSON", () => {
    const dir = makeTempDir("malformed");
    writeFileSync(join(dir, "input.json"), '{\n  "version": "1.0.0",\n  "people": [,]\n}');
    const result = runBin(["--input", join(dir, "input.json"), "--out", join(dir, "out")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`labour-left-export: ${join(dir, "input.json")}:3:14: not valid JSON: value expected\n`);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("exports a user's own valid dataset", () => {
    const dir = makeTempDir("own");
    const own = { ...structuredClone(dataset), version: "9.9.9" };
    writeFileSync(join(dir, "input.json"), JSON.stringify(own));
    const result = runBin(["--input", join(dir, "input.json"), "--out", join(dir, "out"), "--format", "json"]);
    expect(result.status).toBe(0);
    expect(readTree(join(dir, "out")).get("dataset.json")?.toString()).toContain('"version": "9.9.9"');
  });

  it("reports a missing input file and wrong usage", () => {
    const missing = runBin(["--input", "/nonexistent/input.json"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^labour-left-export: cannot read \/nonexistent\/input\.json: ENOENT/);
    const usage = runBin(["--format", "xml"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(
      /'xml' is not a format; choose from json, csv, popolo, jsonschema, sqlite, parquet, geojson, xlsx\./,
    );
    expect(runBin(["--frobnicate"]).status).toBe(2);
    for (const option of ["--out", "--input"]) {
      const empty = runBin([option, ""]);
      expect(empty.status, option).toBe(2);
      expect(empty.stderr).toContain("a path cannot be empty");
    }
  });

  it("says in --help and the README what the code does: every guarded character, every format, every exit code", () => {
    const names: Record<string, string> = { "\t": "tab", "\r": "CR", "\n": "LF", "\0": "NUL" };
    const help = runBin(["--help"]).stdout.replace(/\s+/g, " ");
    for (const trigger of FORMULA_TRIGGERS) expect(help).toContain(` ${names[trigger] ?? trigger} `);
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const formatRow = readme.split("\n").find((line) => line.startsWith("| `-f, --format")) ?? "";
    for (const format of FORMATS) expect(formatRow).toContain(`\`${format}\``);
    for (const code of [0, 1, 2, 129, 130, 143]) {
      expect(readme).toContain(`\`${code}\``);
      expect(help).toContain(String(code));
    }
  });

  it("prints help with examples and exits 0", () => {
    const { status, stdout } = runBin(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Usage: labour-left-export [options]");
    expect(stdout).toContain("Examples:");
  });
});
