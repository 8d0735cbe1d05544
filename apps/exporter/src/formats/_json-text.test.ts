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
