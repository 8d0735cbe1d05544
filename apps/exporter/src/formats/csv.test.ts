import { describe, expect, it } from "vitest";
import { FORMULA_TRIGGERS, guardFormula } from "./csv";

describe("guardFormula", () => {
  it("prefixes text that a spreadsheet would run as a formula", () => {
    expect(FORMULA_TRIGGERS.map((trigger) => guardFormula(`${trigger}1+1`))).toEqual([
      "'=1+1",
      "'+1+1",
      "'-1+1",
      "'@1+1",
      "'\t1+1",
      "'\r1+1",
      "'\n1+1",
      "'\u00001+1",
      "''1+1",
    ]);
  });

  it("leaves other text alone", () => {
    expect(["Diane Abbott", "", " =1", "1-2", "quoted'"].map(guardFormula)).toEqual([
      "Diane Abbott",
      "",
      " =1",
      "1-2",
      "quoted'",
    ]);
  });
});
