import { expect, it } from "vitest";
import { decodeEntry, encodeEntry } from "./_run-format";

it("reads back entries holding any character, and says when one is cut off", () => {
  const entries = [
    ["person-1", 'a,"b"\r\nc\n', ""],
    ["é;1,2", ";", "𝄞"],
  ];
  const text = entries.map(([key, ...payload]) => encodeEntry(key as string, payload)).join("");
  const first = decodeEntry(text, 0);
  expect(first?.entry).toEqual(entries[0]);
  expect(decodeEntry(text, first?.next ?? 0)).toEqual({ entry: entries[1], next: text.length });
  expect(decodeEntry(text.slice(0, -1), first?.next ?? 0)).toBeUndefined();
  expect(decodeEntry("3,4", 0)).toBeUndefined();
});
