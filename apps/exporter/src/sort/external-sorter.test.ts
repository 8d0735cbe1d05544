import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeTestDir } from "../../../../vitest.temp-root";
import { ExternalSorter } from "./external-sorter";

async function sortAll(keys: readonly string[], maxBytes: number): Promise<{ sorted: string[][]; runs: number }> {
  const dir = makeTestDir("sorter");
  const sorter = new ExternalSorter(dir, maxBytes, 2);
  for (const [index, key] of keys.entries()) await sorter.add(key, [`row ${index}\r\n"quoted, with\nnewline"`, ""]);
  const sorted: string[][] = [];
  await sorter.forEach((key, pieces) => {
    sorted.push([key, ...Array.from({ length: pieces.count }, (_, index) => pieces.copy(index).toString())]);
    return undefined;
  });
  return { sorted, runs: readdirSync(dir).length };
}

describe("ExternalSorter", () => {
  const keys = Array.from({ length: 5000 }, (_, index) => `key-${(index * 7919) % 5000}-é`).concat(["key-1-é"]);
  const expected = keys
    .map((key, index) => [key, `row ${index}\r\n"quoted, with\nnewline"`, ""])
    // A stable sort: the repeated key keeps the order it was added in, even across runs.
    .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : (a[0] as string) > (b[0] as string) ? 1 : 0));

  it("sorts in memory when everything fits", async () => {
    expect(await sortAll(keys, Number.POSITIVE_INFINITY)).toEqual({ sorted: expected, runs: 0 });
  });

  it("spills sorted runs to disk and merges them into the same order", async () => {
    const { sorted, runs } = await sortAll(keys, 10_000);
    expect(runs).toBeGreaterThan(10);
    expect(sorted).toEqual(expected);
  });

  it("reads back an entry larger than a run reader's buffer", async () => {
    const dir = makeTestDir("sorter");
    const sorter = new ExternalSorter(dir, 1000, 1);
    const large = "x".repeat(3 * 1024 * 1024);
    for (const key of ["c", "a", "b"]) await sorter.add(key, [key === "b" ? large : key]);
    const seen: [string, number][] = [];
    await sorter.forEach((key, pieces) => {
      seen.push([key, pieces.length(0)]);
      return undefined;
    });
    expect(seen).toEqual([
      ["a", 1],
      ["b", large.length],
      ["c", 1],
    ]);
  });
});
