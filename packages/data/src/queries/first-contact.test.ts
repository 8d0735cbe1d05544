import { describe, expect, it } from "vitest";
import {
  findByAnyIdentifier,
  findByIdentifier,
  getPerson,
  groupsOf,
  isAreaId,
  isPersonId,
  membershipHoldsOn,
  membersOf,
  representativesOf,
  searchByName,
  searchStatements,
} from "../index";

describe("one forgiving search, for the library and the CLI", () => {
  it("finds people by a misspelt name, a part of a name, or another name, best first", () => {
    expect(searchByName("corbin")[0]?.record.id).toBe("jeremy-corbyn");
    expect(searchByName("abbott").map((match) => match.record.id)).toContain("diane-abbott");
    expect(searchByName("Long Bailey")[0]).toMatchObject({ record: { id: "rebecca-long-bailey" }, score: 0 });
    const scores = searchByName("durham").map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(searchByName("zzzzzz")).toEqual([]);
  });

  it("finds statements by their words, forgiving a typo", () => {
    expect(searchStatements("green new deel")[0]?.statement.authorOrganizationId).toBe("nell");
  });
});

describe("arguments checked, identifiers in any case, ids from strings", () => {
  it("throws a RangeError naming a date it cannot read, instead of finding nothing", () => {
    expect(() => membersOf("scg-mps", { on: "21/09/2020" })).toThrow(
      new RangeError('on expects a date as YYYY, YYYY-MM or YYYY-MM-DD; received "21/09/2020"'),
    );
    expect(() => groupsOf("diane-abbott", { on: "2021-02-29" })).toThrow(RangeError);
    expect(() => representativesOf("islington-north", { on: "yesterday" })).toThrow(RangeError);
    expect(() => membershipHoldsOn({ startDate: "2019", endDate: "2020" }, "2020-13")).toThrow(RangeError);
    expect(membersOf("scg-mps", { on: "2020-09-21" }).length).toBeGreaterThan(0);
  });

  it("finds a QID or a GSS code whatever its case, and any scheme's identifier", () => {
    const abbott = findByIdentifier("wikidata", "Q153454");
    expect(abbott?.record.id).toBe("diane-abbott");
    expect(findByIdentifier("wikidata", "q153454")).toEqual(abbott);
    expect(findByIdentifier("gss", "e14000641")?.record.name).toBe("City of Durham");
    expect(findByAnyIdentifier("q153454").map((found) => found.record.id)).toEqual(["diane-abbott"]);
    const memberId = getPerson("diane-abbott")?.identifiers.find((id) => id.scheme === "uk-parliament")?.identifier;
    expect(findByAnyIdentifier(memberId ?? "").map((found) => found.record.id)).toContain("diane-abbott");
  });

  it("turns a user's string into an id with type guards", () => {
    const typed: string = "diane-abbott";
    expect(isPersonId(typed)).toBe(true);
    if (isPersonId(typed)) expect(getPerson(typed)?.name).toBe("Diane Abbott");
    expect(isPersonId("dianne-abbot")).toBe(false);
    expect(isPersonId(42)).toBe(false);
    expect(isAreaId("islington-north-2024")).toBe(true);
  });
});
