import { describe, expect, it } from "vitest";
import { lineAndColumn, parseJsonText } from "./read-json-file";

describe("parseJsonText", () => {
  it("parses JSON", () => {
    expect(parseJsonText('{"a": [1]}', "x.json")).toEqual({ a: [1] });
  });

  it("names the line and column of a syntax error", () => {
    expect(() => parseJsonText('{\n  "a": 1,\n}', "x.json")).toThrow(
      "x.json:3:1: not valid JSON: property name expected",
    );
    expect(() => parseJsonText("", "empty.json")).toThrow("empty.json:1:1: not valid JSON: value expected");
  });

  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
