import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import { createDatasetValidator, VALIDATION_ORDER } from "./dataset-validator";
import { describeIssue } from "./validate-dataset";

const SOURCE = [{ sourceId: "synthetic", basis: "stated" }];
const skeleton = { ...Object.fromEntries(VALIDATION_ORDER.map((name) => [name, []])), version: "1.0.0" };

describe("createDatasetValidator", () => {
  it("accepts the bundled dataset given one record at a time", () => {
    const validator = createDatasetValidator();
    expect([...validator.checkTopLevel({ ...dataset })].sort()).toEqual([...VALIDATION_ORDER].sort());
    for (const name of VALIDATION_ORDER) {
      dataset[name].forEach((record, index) => {
        expect(validator.checkItem(name, index, record)).toEqual(record);
      });
      validator.endCollection(name);
    }
    expect(validator.finish()).toEqual({ valid: true, issues: [] });
  });

  it("resolves a reference to a record of the same collection that comes later", () => {
    const validator = createDatasetValidator();
    validator.checkTopLevel(skeleton);
    validator.checkItem("sources", 0, {
      id: "synthetic",
      kind: "dataset",
      title: "Synthetic",
      titleBasis: "derived",
      publisher: "test",
      notes: [],
      omissions: [],
    });
    const area = (id: string, parentId?: string) => ({
      id,
      name: id,
      classification: "nell-region",
      identifiers: [],
      otherNames: [],
      sources: SOURCE,
      ...(parentId ? { parentId } : {}),
    });
    validator.checkItem("areas", 0, area("child", "parent"));
    validator.checkItem("areas", 1, area("orphan", "nowhere"));
    expect(validator.valid).toBe(true);
    validator.checkItem("areas", 2, area("parent"));
    expect(validator.finish().issues.map(describeIssue)).toEqual([
      "areas[1].parentId: no record 'nowhere' in areas (received \"nowhere\")",
    ]);
  });

  it("refuses collections out of order, which would leave errata unchecked", () => {
    const validator = createDatasetValidator();
    validator.checkTopLevel(skeleton);
    validator.checkItem("people", 0, {});
    expect(() => validator.checkItem("errata", 0, {})).toThrow("errata came after people");
  });
});
