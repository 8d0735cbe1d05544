import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@labour-left/data";
import { beforeAll, describe, expect, it } from "vitest";
import { labourLeft, makeTempDir } from "./_run";

// Heavy files, made once; each command runs on each in a child process (the shared test budget fits a slow machine).

describe("labour-left on hostile input: an answer naming the file and the path, exit 1, never an internal error", () => {
  let dir: string;
  const files = new Map<string, string>();
  beforeAll(() => {
    dir = makeTempDir("hostile");
    const write = (name: string, text: string): void => {
      files.set(name, join(dir, `${name}.json`));
      writeFileSync(join(dir, `${name}.json`), text);
    };
    write("null", "null");
    write("array", "[1, 2]");
    write("number", "42");
    write("string", '"a dataset"');
    const longId = structuredClone(dataset) as unknown as { people: { id: string }[] };
    (longId.people[0] as { id: string }).id = "A".repeat(10_000_000);
    write("long-id", JSON.stringify(longId));
    const depth = 100_000;
    write("deep", `{"version": "1.0.0", "people": ${"[".repeat(depth)}${"]".repeat(depth)}}`);
    const deepRecord = JSON.stringify(dataset).replace(
      '"people":[{',
      `"people":[{"extra":${'{"x":'.repeat(depth)}1${"}".repeat(depth)},`,
    );
    write("deep-record", deepRecord);
  });

  it.each([
    ["null", "(root): expected a dataset object"],
    ["array", "(root): expected a dataset object"],
    ["number", "(root): expected a dataset object"],
    ["string", "(root): expected a dataset object"],
    ["long-id", "people[0].id: expected an id of at most 200 characters"],
    ["deep", "people[0]: expected an object"],
    ["deep-record", "people[0]: unrecognized key 'extra'"],
  ])("answers %s in validate, diff and export", (name, problem) => {
    const file = files.get(name) ?? "";
    for (const args of [
      ["validate", file],
      ["diff", file, file],
      ["export", "--input", file, "--out", join(dir, `out-${name}`)],
    ]) {
      const result = labourLeft(args);
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status, `${args[0]} ${name}`).toBe(1);
      expect(output, `${args[0]} ${name}`).toContain(file);
      expect(output, `${args[0]} ${name}`).toContain(problem);
      expect(output, `${args[0]} ${name}`).not.toMatch(/\\n\\s+at |Maximum call stack|Cannot read properties/);
      expect(output.length, `${args[0]} ${name}: bounded`).toBeLessThan(20_000);
    }
  });
});
