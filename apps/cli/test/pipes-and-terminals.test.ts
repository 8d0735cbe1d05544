// Input from pipes, output a terminal cannot be made to act on, and input built to cost: each through the built bin.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@labour-left/data";
import { beforeAll, describe, expect, it } from "vitest";
import { binPath, labourLeft, makeTempDir } from "./_run";

/** Runs a shell command line with `L` standing for the built bin (pipes and `<(...)` need a shell). */
function shell(line: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("bash", ["-c", line.replaceAll("L ", `"${process.execPath}" "${binPath}" `)], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ESC = "\u001b";
/** Code points a terminal acts on: C0 controls but tab and line feed, DEL, C1, bidirectional controls. */
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, at) => from + at);
const TERMINAL_CONTROLS = new Set([
  ...range(0x00, 0x08),
  ...range(0x0b, 0x1f),
  ...range(0x7f, 0x9f),
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
]);
const actsOnTerminal = (text: string): boolean =>
  [...text].some((character) => TERMINAL_CONTROLS.has(character.codePointAt(0) ?? 0));

describe("labour-left with pipes, terminals and costly input", () => {
  let dir: string;
  let valid: string;
  const write = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  beforeAll(() => {
    dir = makeTempDir("pipes");
    valid = write("valid.json", JSON.stringify(dataset));
  });

  it("reads a dataset from standard input (-), /dev/stdin and a shell's <(...), in validate, diff and export", () => {
    expect(shell(`cat '${valid}' | L validate -`)).toMatchObject({ status: 0, stdout: "standard input: valid\n" });
    expect(shell(`cat '${valid}' | L validate /dev/stdin`)).toMatchObject({ status: 0, stdout: "/dev/stdin: valid\n" });
    const diff = shell(`L diff <(cat '${valid}') - < '${valid}'`);
    expect(diff.status).toBe(0);
    expect(diff.stdout).toMatch(/^\/dev\/fd\/\d+ \(1\.0\.0\) -> standard input \(1\.0\.0\): 0 changes/);
    expect(shell(`L diff - - < '${valid}'`)).toMatchObject({ status: 2 });
    const fromFile = labourLeft(["export", "--input", valid, "--format", "csv", "--out", join(dir, "from-file")]);
    const fromPipe = shell(`cat '${valid}' | L export --input - --format csv --out '${join(dir, "from-pipe")}'`);
    expect(fromPipe.status).toBe(0);
    expect(fromPipe.stdout.replace(join(dir, "from-pipe"), "OUT")).toBe(
      fromFile.stdout.replace(join(dir, "from-file"), "OUT"),
    );
    expect(labourLeft(["validate", "/dev/zero"]).stderr).toContain("it is a device");
  });

  it("refuses invalid UTF-8, names repeated in an object, and brackets nested past reason, at their line and column", () => {
    const text = JSON.stringify(dataset);
    const at = text.indexOf('"name":"') + '"name":"'.length;
    const badBytes = Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.slice(at)),
    ]);
    const utf8 = labourLeft(["validate", write("bad-utf8.json", badBytes)]);
    expect(utf8.status).toBe(1);
    expect(utf8.stderr).toContain(`bad-utf8.json:1:${at + 1}: not valid JSON: invalid UTF-8`);
    const repeated = labourLeft(["validate", write("repeated.json", text.replace('"name":', '"name":"X","name":'))]);
    expect(repeated.status).toBe(1);
    expect(repeated.stderr).toMatch(/repeated\.json:1:\d+: not valid JSON: duplicate name "name"/);
    const deep = labourLeft(["validate", write("unclosed.json", "[".repeat(5000))]);
    expect(deep.status).toBe(1);
    expect(deep.stderr).toContain("unclosed.json:1:1001: not valid JSON: nested more than 1000 levels deep");
  });

  it("prints nothing from data or arguments that a terminal would act on", () => {
    const hostile = structuredClone(dataset) as unknown as Record<string, unknown>;
    hostile.version = `1.0.0-${ESC}[2J${ESC}]0;pwned\u0007`;
    const file = write("escapes.json", JSON.stringify(hostile));
    for (const args of [
      ["diff", valid, file],
      ["validate", file],
      ["person", `${ESC}[31mX`],
      ["search", `${ESC}]0;t\u0007`],
    ]) {
      for (const extra of [[], ["--json"]]) {
        const result = labourLeft([...args, ...extra]);
        expect(actsOnTerminal(result.stdout + result.stderr), args.join(" ")).toBe(false);
      }
    }
    expect(labourLeft(["person", `${ESC}[31mX`]).stderr).toContain("no person '\\u001b[31mX'");
    expect(labourLeft(["validate", file]).stdout).toContain("expected a semantic version");
  });

  it("holds version and addresses to the text rules", () => {
    const hostile = structuredClone(dataset) as unknown as { sources: { url?: string }[] };
    const [first] = hostile.sources as [{ url?: string }];
    for (const url of [
      "https://example.org/\u202Egnp.exe",
      "https://user:pw@example.org/",
      'https://a.org/"x"',
      "javascript:alert(1)",
    ]) {
      first.url = url;
      const result = labourLeft(["validate", write("url.json", JSON.stringify(hostile)), "--json"]);
      expect(result.status, url).toBe(1);
      const report = JSON.parse(result.stdout) as { total: number; issues: { path: unknown[] }[] };
      // One problem, at the address: the citations of the source are not counted again.
      expect(report.total, url).toBe(1);
      expect(report.issues[0]?.path, url).toEqual(["sources", 0, "url"]);
    }
  });

  it("stops counting at 10,000 problems, in validate, diff and export alike", () => {
    const many = { ...structuredClone(dataset), people: Array.from({ length: 30_000 }, () => ({})) };
    const file = write("many.json", JSON.stringify(many));
    for (const args of [
      ["validate", file],
      ["diff", valid, file],
      ["export", "--input", file, "--out", join(dir, "never")],
    ]) {
      const result = labourLeft(args);
      expect(result.status, args[0]).toBe(1);
      expect(result.stdout + result.stderr, args[0]).toContain("at least 10,000 problems");
      expect(result.stdout + result.stderr, args[0]).toContain("... and at least 9,950 more");
    }
  });

  it("answers an argument of any length at once", () => {
    const long = "x".repeat(131_000);
    const search = labourLeft(["search", long]);
    expect(search.status).toBe(2);
    expect(search.stderr).toContain("an argument of 131,000 characters is longer than any this program takes");
    const person = labourLeft(["person", "x".repeat(3000)]);
    expect(person.status).toBe(1);
    expect(person.stderr.length).toBeLessThan(500);
  });
});
