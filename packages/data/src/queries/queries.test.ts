import { describe, expect, it } from "vitest";
import { areasIn } from "./areas-in";
import { findByIdentifier } from "./find-by-identifier";
import { foldName } from "./fold-name";
import { getArea, getEvent, getOrganization, getPerson } from "./get-by-id";
import { groupsOf } from "./groups-of";
import { membershipHoldsOn } from "./holds-on";
import { membersOf } from "./members-of";
import { membersSeatedIn, representativesOf } from "./representatives";
import { searchByName } from "./search";
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
    expect(membershipHoldsOn({ startDate: "2020-06", endDate: "unknown" }, "2020")).toBe(true);
    expect(membershipHoldsOn({ startDate: "2020-06", endDate: "unknown" }, "2020-06-20")).toBe(false);
    expect(membershipHoldsOn({ startDate: "unknown", endDate: "unknown", asOf: "2020-09" }, "2020-09-21")).toBe(false);
    expect(membershipHoldsOn({ startDate: "unknown", endDate: "unknown", asOf: "2020-09" }, "2020")).toBe(true);
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
    const exact = searchByName("nell").filter((match) => match.score === 0);
    expect(exact.map((match) => match.matchedName)).toEqual(["John McDonnell", "NELL"]);
    expect(searchByName("  ")).toEqual([]);
  });
});

describe("identifier and place queries", () => {
  it("finds a record by any external identifier", () => {
    expect(findByIdentifier("wikidata", "Q153454")?.record.id).toBe("diane-abbott");
    expect(findByIdentifier("uk-parliament", "172")?.record.id).toBe("diane-abbott");
    expect(findByIdentifier("gss", "E14000641")).toMatchObject({
      collection: "areas",
      record: { name: "City of Durham" },
    });
    expect(findByIdentifier("wikidata", "Q1")).toBeUndefined();
  });

  it("tells who represented a constituency on a date, as far as the data knows", () => {
    expect(representativesOf("city-of-durham", { on: "2022-01-01" }).map((r) => r.person.id)).toEqual(["mary-foy"]);
    expect(representativesOf("city-of-durham", { on: "2024-06" })).toEqual([]);
    expect(representativesOf("north-west-durham", { on: "2017" }).map((r) => r.person.id)).toEqual(["laura-pidcock"]);
    expect(representativesOf("north-west-durham", { on: "2018" }).map((r) => r.person.id)).toEqual(["laura-pidcock"]);
    // Parliament was dissolved on 2019-11-05, and she lost the seat at the next election.
    expect(representativesOf("north-west-durham", { on: "2019-11-06" })).toEqual([]);
    expect(representativesOf("north-west-durham", { on: "2019-12-20" })).toEqual([]);
    // The 2024 constituency is another area: its seat is held by whoever won it in 2024, known for July 2024.
    expect(representativesOf("islington-north-2024", { on: "2024-07" }).map((r) => r.person.id)).toEqual([
      "jeremy-corbyn",
    ]);
    expect(representativesOf("islington-north", { on: "2024-07" })).toEqual([]);
    expect(representativesOf("hexham")).toEqual([]);
  });

  it("lists the group's members seated in NELL's regions", () => {
    const regions = [
      "north-cumbria",
      "durham",
      "northumberland",
      "north-of-tyne",
      "south-of-tyne",
      "tees-valley",
    ] as const;
    expect(membersSeatedIn("scg-mps", regions).map((member) => member.person.id)).toEqual([
      "mary-foy",
      "ian-lavery",
      "andy-mcdonald",
      "ian-mearns",
      "grahame-morris",
      "kate-osborne",
    ]);
    expect(membersSeatedIn("scg-mps", ["islington-north"]).map((member) => member.person.id)).toEqual([
      "jeremy-corbyn",
    ]);
  });

  it("finds people by their other names", () => {
    expect(searchByName("Navendu").map((match) => [match.record.id, match.matchedName])).toEqual([
      ["nav-mishra", "Navendu Mishra"],
    ]);
  });
});
