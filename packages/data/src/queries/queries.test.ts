import { describe, expect, it } from "vitest";
import { areasIn } from "./areas-in";
import { getArea, getEvent, getOrganization, getPerson } from "./get-by-id";
import { groupsOf } from "./groups-of";
import { membershipHoldsOn } from "./holds-on";
import { membersOf } from "./members-of";
import { foldName, searchByName } from "./search";
import { statementsOf } from "./statements-of";

describe("queries", () => {
  it("gets records by id", () => {
    expect(getPerson("diane-abbott")?.name).toBe("Diane Abbott");
    expect(getOrganization("nell")?.abbreviation).toBe("NELL");
    expect(getArea("north-cumbria")?.classification).toBe("nell-region");
    expect(getEvent("nell-inaugural-agm-2020")?.participants).toHaveLength(8);
  });

  it("lists members, on a date only as far as the sources show", () => {
    expect(membersOf("scg-mps", { on: "2020-09-21" })).toHaveLength(34);
    expect(membersOf("scg-mps", { on: "2020-09" })).toHaveLength(34);
    expect(membersOf("scg-mps", { on: "2021-01-01" })).toEqual([]);
    expect(membersOf("nell")).toEqual([]);
  });

  it("tells known periods from unknown ones", () => {
    const dated = { startDate: "2019-12", endDate: "2024-05-30" } as const;
    expect(membershipHoldsOn(dated, "2022")).toBe(true);
    expect(membershipHoldsOn(dated, "2019-12-20")).toBe(false);
    expect(membershipHoldsOn(dated, "2024-06")).toBe(false);
    expect(membershipHoldsOn({ startDate: "2020", endDate: "ongoing" }, "2030-01-01")).toBe(true);
    expect(membershipHoldsOn({ startDate: "2020", endDate: "unknown" }, "2030-01-01")).toBe(false);
  });

  it("lists a person's groups", () => {
    expect(groupsOf("jeremy-corbyn").map((group) => group.id)).toContain("scg-mps");
    expect(groupsOf("jamie-driscoll")).toEqual([]);
  });

  it("filters statements by kind and topic", () => {
    expect(statementsOf("scg-councillors", { kind: "aim" }).map((statement) => statement.position)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(statementsOf("scg-mps", { topic: "housing" }).map((statement) => statement.id)).toEqual(["scg-mps-right-4"]);
    expect(statementsOf("keir-starmer").every((statement) => statement.kind === "quotation")).toBe(true);
  });

  it("lists the constituencies of a region", () => {
    expect(areasIn("north-cumbria").map((area) => area.id)).toEqual(
      expect.arrayContaining(["carlisle", "copeland", "workington", "penrith-and-the-border"]),
    );
  });

  it("searches names ignoring case, accents and '&'", () => {
    expect(foldName("Penrith & The Border")).toBe("penrith and the border");
    expect(foldName("Réb\u00e9cca Long-Bailey")).toBe("rebecca long bailey");
    expect(searchByName("REBECCA LONG BAILEY").map((match) => match.record.id)).toEqual(["rebecca-long-bailey"]);
    expect(searchByName("Diané").map((match) => match.record.id)).toEqual(["diane-abbott"]);
    expect(searchByName("penrith and the border").map((match) => match.collection)).toEqual(["areas"]);
    expect(searchByName("nell").map((match) => match.matchedName)).toEqual(["John McDonnell", "NELL"]);
    expect(searchByName("  ")).toEqual([]);
  });
});
