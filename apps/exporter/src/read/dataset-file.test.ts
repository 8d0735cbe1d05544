import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTestDir } from "../../../../vitest.temp-root";
import { DatasetFile } from "./dataset-file";

const dir = makeTestDir("dataset-file");
let count = 0;

function fileWith(text: string | Buffer): string {
  count += 1;
  const path = join(dir, `${count}.json`);
  writeFileSync(path, text);
  return path;
}

async function readAll(path: string, collection: string): Promise<{ skeleton: unknown; items: unknown[] }> {
  const file = await DatasetFile.open(path);
  const items: unknown[] = [];
  try {
    await file.readItems(collection, (batch) => {
      items.push(...batch);
    });
    return { skeleton: file.skeleton(), items };
  } finally {
    await file.close();
  }
}

describe("DatasetFile", () => {
  it("reads a collection's items and leaves them out of the top level", async () => {
    const path = fileWith(
      '\uFEFF{"version": "1.0.0", "people": [{"a": "x\\\\\\"]"}, 2, "é", [[]]], "x": {"y": [1]}, "z": [1, 2]}',
    );
    expect(await readAll(path, "people")).toEqual({
      skeleton: { version: "1.0.0", people: [], x: { y: [1] }, z: [1, 2] },
      items: [{ a: 'x\\"]' }, 2, "é", [[]]],
    });
  });

  it("reads items across chunk and batch boundaries, in order", async () => {
    const people = Array.from({ length: 30_000 }, (_, index) => ({
      id: `person-${index}`,
      name: "ñ".repeat(index % 50),
    }));
    const path = fileWith(JSON.stringify({ people, version: "1.0.0" }, null, 1));
    const { items } = await readAll(path, "people");
    expect(items).toEqual(people);
  });

  it("reads an item larger than the window's chunks, and the items after it", async () => {
    const people = [{ id: "a" }, { id: "b", note: `"${"x\\".repeat(1_500_000)}]` }, { id: "c" }];
    const { items } = await readAll(fileWith(JSON.stringify({ people })), "people");
    expect(items).toEqual(people);
  });

  it("gives a missing or non-array collection no items", async () => {
    expect((await readAll(fileWith('{"people": {"a": 1}}'), "people")).items).toEqual([]);
    expect((await readAll(fileWith('{"version": "1"}'), "people")).items).toEqual([]);
    expect((await readAll(fileWith('{"people": [ \n ]}'), "people")).items).toEqual([]);
    expect((await readAll(fileWith("[1, 2]"), "people")).skeleton).toEqual([1, 2]);
  });

  it.each([
    ['{\n  "version": "1.0.0",\n  "people": [,]\n}', "3:14: not valid JSON: value expected"],
    ['{"people": [{"a": 1}, {"a": tru}]}', "1:29: not valid JSON: invalid symbol"],
    ['{"people": [1, 2,]}', "1:18: not valid JSON: value expected"],
    ['{"people": [1,,2]}', "1:15: not valid JSON: value expected"],
    ['{"people": [1 2]}', "1:15: not valid JSON: comma expected"],
    ['{"a": 1', "1:8: not valid JSON: comma expected"],
    ['{"a": [1, 2', "1:12: not valid JSON: close bracket expected"],
    ['{"a": [1]} x', "1:12: not valid JSON: end of file expected"],
    ['{"a" 1}', "1:6: not valid JSON: colon expected"],
    ["{a: 1}", "1:2: not valid JSON: property name expected"],
    ['{\n"é": "\n"}', "2:6: not valid JSON: unexpected end of string"],
    ["", "1:1: not valid JSON: value expected"],
  ])("places a syntax error in %j at its line and column", async (text, expected) => {
    const path = fileWith(text);
    await expect(readAll(path, "people")).rejects.toThrow(`${path}:${expected}`);
  });

  it("names a file it cannot read", async () => {
    await expect(DatasetFile.open(join(dir, "missing.json"))).rejects.toThrow(/^cannot read .*missing\.json: ENOENT/);
  });
});
