import { expect, it } from "vitest";
import { findValueEnd, skipContainer, startState } from "./_scan-json";

const text = '[{"a": "x\\\\", "b": "]\\"}"}, [1, {"c": []}], "\\\\\\""] tail';
const end = text.indexOf(" tail");

it("finds where a value ends, strings and escapes included", () => {
  expect(findValueEnd(Buffer.from(text), 0, 0)).toBe(end);
  expect(findValueEnd(Buffer.from('"ab\\"c" ,'), 0, 0)).toBe(7);
  expect(findValueEnd(Buffer.from("123,"), 0, 0)).toBe(3);
  expect(findValueEnd(Buffer.from("[1, 2"), 0, 0)).toBe(-1);
});

it("skips a container cut into pieces at every byte, and ends where it ends whole", () => {
  const bytes = Buffer.from(text);
  for (let cut = 1; cut < end; cut += 1) {
    const state = startState();
    expect(skipContainer(bytes.subarray(0, cut), 0, state)).toBe(-1);
    expect(skipContainer(bytes, cut, state)).toBe(end);
  }
});

it("skips a container read in pieces of any size, each piece its own buffer", () => {
  const bytes = Buffer.from(text);
  for (let size = 1; size <= 8; size += 1) {
    const state = startState();
    let found = -1;
    for (let start = 0; found === -1 && start < bytes.length; start += size) {
      const piece = bytes.subarray(start, start + size);
      const endInPiece = skipContainer(piece, 0, state);
      if (endInPiece !== -1) found = start + endInPiece;
    }
    expect(found).toBe(end);
  }
});
