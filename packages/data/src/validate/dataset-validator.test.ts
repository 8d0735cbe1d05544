import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import { checkBatch } from "./checked-batch";
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
    expect(validator.finish()).toEqual({ valid: true, issues: [], total: 0, complete: true });
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

  it("finds the same when items are checked on their own, packed and passed as between threads", () => {
    const broken = structuredClone(dataset) as unknown as Record<string, Record<string, unknown>[]>;
    const at = (collection: string, index: number): Record<string, unknown> => broken[collection]?.[index] ?? {};
    at("memberships", 1).personId = "nobody";
    at("memberships", 2).endDate = "1900";
    at("people", 3).name = "";
    at("people", 4).id = 7;
    at("statements", 1).id = at("statements", 0).id;
    at("areas", 0).parentId = "nowhere";
    at("errata", 0).sourceSays = "words nobody kept";
    at("events", 0).sources = [{ sourceId: "missing-source", basis: "stated", fields: ["nothing"] }];

    const oneByOne = createDatasetValidator();
    const packed = createDatasetValidator();
    oneByOne.checkTopLevel(broken);
    packed.checkTopLevel(broken);
    for (const name of VALIDATION_ORDER) {
      const items = broken[name] ?? [];
      items.forEach((item, index) => oneByOne.checkItem(name, index, item));
      // Batches of three, each cloned as postMessage would, its codes transferred.
      for (let first = 0; first < items.length; first += 3) {
        const { batch } = checkBatch(name, first, items.slice(first, first + 3), packed.waitingSubjects());
        packed.addCheckedBatch(structuredClone(batch, { transfer: [batch.codes.buffer as ArrayBuffer] }));
      }
      oneByOne.endCollection(name);
      packed.endCollection(name);
    }
    const expected = oneByOne.finish();
    expect(new Set(expected.issues.map(({ layer }) => layer))).toEqual(
      new Set(["shape", "time", "unique-ids", "references", "provenance"]),
    );
    expect(packed.finish()).toEqual(expected);
  });

  it("checks an erratum that names itself against its own words", () => {
    const validator = createDatasetValidator();
    const [erratum] = dataset.errata;
    const itself = { ...erratum, subject: { collection: "errata", id: erratum?.id, field: "correction" } };
    validator.checkTopLevel({ ...skeleton, errata: [itself] });
    validator.checkItem("errata", 0, itself);
    expect(validator.finish().issues.map(({ path, message }) => ({ path, message }))).toContainEqual({
      path: ["errata", 0, "subject", "field"],
      message: `errata '${erratum?.id}' field 'correction' should keep the source's words '${erratum?.sourceSays}'`,
    });
  });
});
