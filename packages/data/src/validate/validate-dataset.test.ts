import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { CollectionName } from "../schemas/erratum";
import { MAX_LISTED_ISSUES, PROBLEM_CAP } from "./dataset-validator";
import { describeIssue, validateDataset } from "./validate-dataset";

type Loose = Record<string, unknown>;
type LooseDataset = Loose & Record<CollectionName, Loose[]>;

/** A deep copy of the dataset to break, and a way to reach one of its records. */
function breakable(): { input: LooseDataset; record: (collection: CollectionName, index: number) => Loose } {
  const input = structuredClone(dataset) as unknown as LooseDataset;
  const record = (collection: CollectionName, index: number): Loose => {
    const found = input[collection][index];
    if (!found) throw new Error(`no ${collection}[${index}]`);
    return found;
  };
  return { input, record };
}

describe("validateDataset", () => {
  it("accepts the bundled dataset", () => {
    expect(validateDataset(dataset)).toEqual({ valid: true, issues: [], total: 0, complete: true });
  });

  it("names the path and value of a bad format", () => {
    const { input, record } = breakable();
    record("memberships", 0).startDate = "2020-02-30";
    const { valid, issues } = validateDataset(input);
    expect(valid).toBe(false);
    expect(issues.map(describeIssue)).toEqual([
      'memberships[0].startDate: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD (received "2020-02-30")',
    ]);
  });

  it("finds time, uniqueness, reference and provenance problems together", () => {
    const { input, record } = breakable();
    Object.assign(record("memberships", 1), { startDate: "2021", endDate: "2020-10" });
    record("statements", 1).id = record("statements", 0).id;
    record("memberships", 2).personId = "nobody";
    record("statements", 0).sources = [{ sourceId: "nowhere", basis: "stated" }];
    const messages = validateDataset(input).issues.map((issue) => `${issue.layer} ${describeIssue(issue)}`);
    expect(messages).toEqual([
      'time memberships[1].endDate: endDate 2020-10 is before startDate 2021 (received "2020-10")',
      'time memberships[1].asOf: asOf 2020-09-21 is before startDate 2021 (received "2020-09-21")',
      "unique-ids statements[1].id: duplicate id 'nell-priority-1', first used at statements[0] (received \"nell-priority-1\")",
      "references memberships[2].personId: no record 'nobody' in people (received \"nobody\")",
      "provenance statements[0].sources[0].sourceId: no source 'nowhere' in sources (received \"nowhere\")",
    ]);
  });

  it("requires a reason when inferring and a locator when citing the article", () => {
    const { input, record } = breakable();
    record("people", 0).sources = [{ sourceId: "organising-around-socialist-policies", basis: "inferred" }];
    record("people", 1).sources = [{ sourceId: "organising-around-socialist-policies", basis: "stated" }];
    expect(validateDataset(input).issues.map(describeIssue)).toEqual([
      "people[0].sources[0].reason: an inferred value needs a reason (received undefined)",
      "people[1].sources[0].locator: a citation of the article needs a locator to its passage",
    ]);
  });

  it("checks that an erratum's subject keeps the source's words", () => {
    const { input, record } = breakable();
    record("errata", 0).sourceSays = "words the record does not keep";
    expect(validateDataset(input).issues.map((issue) => issue.path.join("."))).toEqual(["errata.0.subject.field"]);
  });

  it("reports an unknown top-level key and a missing collection", () => {
    const { input } = breakable();
    const { errata: _errata, ...rest } = input;
    expect(validateDataset({ ...rest, extra: 1 }).issues.map(describeIssue)).toEqual([
      "extra: unrecognized key 'extra'",
      "errata: expected an array (received undefined)",
    ]);
  });

  it("counts what a missing collection makes uncheckable under that one problem", () => {
    const { input } = breakable();
    const { sources: _sources, ...rest } = input;
    const result = validateDataset(rest);
    expect(result.issues.map(describeIssue)).toEqual([
      expect.stringMatching(
        /^sources: expected an array; \d+ references to it could not be checked \(received undefined\)$/,
      ),
    ]);
    expect(result.total).toBe(1);
  });

  it("gives the exact total and lists a bounded number, then how many more", () => {
    const { input } = breakable();
    const many = 5000;
    const result = validateDataset({ ...input, people: Array.from({ length: many }, (_, at) => at) });
    expect(result.issues.at(0)).toMatchObject({ path: ["people", 0], message: "expected an object", value: 0 });
    expect(result.issues.length).toBe(MAX_LISTED_ISSUES + 1);
    // Every missing person is a dangling reference too.
    expect(result.total).toBeGreaterThan(many);
    expect(result.issues.at(-1)?.message).toBe(`${result.total - MAX_LISTED_ISSUES} more problems not listed`);
  });

  it("stops at PROBLEM_CAP problems and says the total is a lower bound", () => {
    const { input } = breakable();
    const result = validateDataset({ ...input, people: Array.from({ length: 30_000 }, () => ({})) });
    expect(result).toMatchObject({ valid: false, complete: false, total: PROBLEM_CAP });
    expect(result.issues.at(-1)?.message).toBe(`at least ${PROBLEM_CAP - MAX_LISTED_ISSUES} more problems not listed`);
  });

  it("counts an invalid source once, not again at every citation of it", () => {
    const { input } = breakable();
    const sources = structuredClone(input.sources) as { url?: string }[];
    (sources[0] as { url?: string }).url = "javascript:alert(1)";
    const result = validateDataset({ ...input, sources });
    expect(result.issues.map(describeIssue)).toEqual([
      expect.stringMatching(/^sources\[0\]\.url: expected a plain http or https address/),
    ]);
  });

  it("quotes a long key or value cut short, with its length", () => {
    const { input } = breakable();
    const key = "k".repeat(5_000_000);
    const [line] = validateDataset({ ...input, [key]: 1 }).issues.map(describeIssue);
    expect(line).toBe(
      `["${"k".repeat(77)}... (5,000,000 characters)"]: unrecognized key '${"k".repeat(77)}... (5,000,000 characters)'`,
    );
  });

  it("never throws on hostile input", () => {
    let deep: unknown = "bottom";
    for (let depth = 0; depth < 100_000; depth += 1) deep = { people: [deep] };
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      "dataset",
      [],
      deep,
      JSON.parse('{"__proto__": {"polluted": true}, "version": "1.0.0"}'),
      { ...breakable().input, people: new Array(200_000).fill({ id: 5 }) },
      { version: 1n, people: [{ id: 2n, name: 3n }] },
      throwing,
    ];
    for (const input of hostile) {
      const result = validateDataset(input);
      expect(result.valid).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.length).toBeLessThanOrEqual(MAX_LISTED_ISSUES + 1);
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
