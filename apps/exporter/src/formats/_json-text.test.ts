import { expect, it } from "vitest";
import { indentedItem, stableJson } from "./_json-text";

it("writes JSON with sorted keys at every depth and keeps array order", () => {
  expect(stableJson({ b: 1, a: [{ d: 1, c: 2 }, 3] })).toBe(
    '{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    },\n    3\n  ],\n  "b": 1\n}\n',
  );
});

it("prints an array item as it stands inside stableJson's output", () => {
  const item = { d: [1], c: "x" };
  expect(stableJson({ a: [item] })).toBe(`{\n  "a": [\n${indentedItem(item, 2)}\n  ]\n}\n`);
});

/** The reference: a copy with keys sorted at every depth, printed by JSON.stringify itself. */
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedCopy((value as Record<string, unknown>)[key])]),
  );
}

it.each([
  ["keys that are array indexes", { "10": 1, "9": 2, a: 3, "01": 4 }],
  ["undefined in objects and arrays", { a: undefined, b: [undefined, () => 1, null], c: { x: undefined } }],
  ["empty objects and arrays", { c: {}, d: [], e: [[]] }],
  ["numbers JSON has no word for", [-0, 1e21, Number.NaN, Number.POSITIVE_INFINITY, 0.1]],
  ["text that needs escapes", { "é\n": '\u2028"\\\u0000', emoji: "\u{1F600}" }],
  ["a bare value", "x"],
])("prints %s as JSON.stringify prints a key-sorted copy", (_, value) => {
  expect(stableJson(value)).toBe(`${JSON.stringify(sortedCopy(value), null, 2)}\n`);
  expect(indentedItem(value, 2)).toBe(`    ${JSON.stringify(sortedCopy(value), null, 2).replaceAll("\n", "\n    ")}`);
});

it("prints every bundled record as JSON.stringify prints a key-sorted copy", async () => {
  const { dataset } = await import("@labour-left/data");
  const records = [...dataset.people, ...dataset.candidacies, ...dataset.areas, ...dataset.sources];
  const mismatched = records.filter(
    (record) => indentedItem(record, 1) !== `  ${JSON.stringify(sortedCopy(record), null, 2).replaceAll("\n", "\n  ")}`,
  );
  expect(mismatched.map((record) => record.id)).toEqual([]);
});

it("prints what toJSON gives, as JSON.stringify does", () => {
  expect(stableJson({ when: new Date(0) })).toBe(`${JSON.stringify({ when: new Date(0) }, null, 2)}\n`);
});
