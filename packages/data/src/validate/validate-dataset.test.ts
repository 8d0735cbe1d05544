import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import { describeIssue, MAX_LISTED_ISSUES, validateDataset } from "./validate-dataset";

const clone = (): Record<string, unknown[]> & { version: string } => structuredClone(dataset) as never;

describe("validateDataset", () => {
  it("accepts the bundled dataset", () => {
    expect(validateDataset(dataset)).toEqual({ valid: true, issues: [] });
  });

  it("names the path and value of a bad format", () => {
    const input = clone();
    (input.memberships[0] as { startDate: string }).startDate = "2020-02-30";
    const { valid, issues } = validateDataset(input);
    expect(valid).toBe(false);
    expect(issues.map(describeIssue)).toEqual([
      'memberships[0].startDate: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD (received "2020-02-30")',
    ]);
  });

  it("finds time, uniqueness, reference and provenance problems together", () => {
    const input = clone();
    Object.assign(input.memberships[1] as object, { startDate: "2021", endDate: "2020-05", asOf: undefined });
    delete (input.memberships[1] as { asOf?: string }).asOf;
    (input.people[1] as { id: string }).id = (input.people[0] as { id: string }).id;
    (input.memberships[2] as { personId: string }).personId = "nobody";
    (input.statements[0] as { sources: { sourceId: string }[] }).sources[0] = {
      sourceId: "nowhere",
      basis: "stated",
    } as never;
    const messages = validateDataset(input).issues.map((issue) => `${issue.layer} ${describeIssue(issue)}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'time memberships[1].endDate: endDate 2020-05 is before startDate 2021 (received "2020-05")',
        "unique-ids people[1].id: duplicate id 'diane-abbott', first used at people[0] (received \"diane-abbott\")",
        "references memberships[2].personId: no record 'nobody' in people (received \"nobody\")",
        "provenance statements[0].sources[0].sourceId: no source 'nowhere' in sources (received \"nowhere\")",
      ]),
    );
  });

  it("requires a locator when citing the article and a reason when inferring", () => {
    const input = clone();
    const sources = (input.people[0] as { sources: Record<string, unknown>[] }).sources;
    sources[0] = { sourceId: "organising-around-socialist-policies", basis: "inferred" };
    const people = (input.people[1] as { sources: Record<string, unknown>[] }).sources;
    people[0] = { sourceId: "organising-around-socialist-policies", basis: "stated" };
    expect(validateDataset(input).issues.map(describeIssue)).toEqual([
      "people[0].sources[0].reason: an inferred value needs a reason (received an object)",
      "people[1].sources[0].locator: a citation of the article needs a locator to its passage",
    ]);
  });

  it("checks that an erratum's subject keeps the source's words", () => {
    const input = clone();
    (input.errata[0] as { sourceSays: string }).sourceSays = "words the record does not keep";
    expect(validateDataset(input).issues.map((issue) => issue.path.join("."))).toEqual(["errata.0.subject.field"]);
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
      { ...clone(), people: new Array(200_000).fill({ __proto__: null, id: 5 }) },
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

  it("reports an unknown top-level key and a missing collection", () => {
    const { errata: _errata, ...rest } = clone();
    const issues = validateDataset({ ...rest, extra: 1 }).issues.map(describeIssue);
    expect(issues).toEqual(["extra: unrecognized key 'extra'", "errata: expected an array (received undefined)"]);
  });
});
