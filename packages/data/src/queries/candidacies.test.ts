import { describe, expect, it } from "vitest";
import { recordFile } from "../collections";
import { candidaciesIn, candidaciesOf, dataset, membersOf, partyStoodFor, representativesOf } from "../index";
import type { Membership } from "../types/bundled";
import { COMMONS_ID } from "./_indexes";

describe("candidacy queries", () => {
  it("lists a person's candidacies oldest first", () => {
    const dates = candidaciesOf("jeremy-corbyn").map((candidacy) => candidacy.electionDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates.at(-1)).toBe("2024-07-04");
    expect(candidaciesOf("jamie-driscoll")).toEqual([]);
  });

  it("answers which party a person stood for at one election, and only for that polling day", () => {
    const labour2019 = partyStoodFor("jeremy-corbyn", "2019-12-12");
    expect(labour2019?.independent).toBe(false);
    expect(labour2019?.parties.map((party) => party.id)).toEqual(["labour-party"]);
    const independent2024 = partyStoodFor("jeremy-corbyn", "2024-07-04");
    expect(independent2024?.independent).toBe(true);
    expect(independent2024?.parties).toEqual([]);
    expect(partyStoodFor("jeremy-corbyn", "2020-01-01")).toBeUndefined();
  });

  it("names both parties of a joint Labour and Co-operative candidacy", () => {
    const joint = candidaciesOf("jon-trickett")
      .concat(candidaciesOf("rachael-maskell"), candidaciesOf("kate-osamor"))
      .find((candidacy) => candidacy.adjunctPartyId !== undefined);
    expect(joint).toBeDefined();
    const stood = partyStoodFor(joint?.personId as "jon-trickett", joint?.electionDate ?? "");
    expect(stood?.parties.map((party) => party.id)).toEqual(["labour-party", "co-operative-party"]);
  });

  it("lists every candidacy in a constituency, winner first, keeping 2024 constituencies apart from those of 2010", () => {
    const islington2024 = candidaciesIn("islington-north-2024");
    expect(islington2024[0]?.id).toBe("ge2024-jeremy-corbyn");
    expect(islington2024.map((candidacy) => candidacy.position)).toEqual(islington2024.map((_, index) => index + 1));
    expect(islington2024.every((candidacy) => candidacy.electionDate === "2024-07-04")).toBe(true);
    expect(candidaciesIn("islington-north").every((candidacy) => candidacy.electionDate < "2024")).toBe(true);
  });

  it("seats the winners of 2024 from the day after the poll at the latest, in a Parliament not dissolved", () => {
    const sitting = membersOf("house-of-commons", { on: "2024-07-05" });
    expect(representativesOf("islington-north-2024", { on: "2024-07-05" }).map((seat) => seat.person.id)).toEqual([
      "jeremy-corbyn",
    ]);
    const winners = new Set(
      candidaciesOf("jeremy-corbyn")
        .concat(...["diane-abbott", "claudia-webbe"].map((id) => candidaciesOf(id as "diane-abbott")))
        .filter((candidacy) => candidacy.electionDate === "2024-07-04" && candidacy.elected)
        .map((candidacy) => candidacy.personId),
    );
    for (const personId of winners) expect(sitting.map((member) => member.person.id)).toContain(personId);
    expect(sitting.map((member) => member.person.id)).not.toContain("claudia-webbe");
    for (const { membership } of sitting) {
      expect(membership.startDate).toBe("2024-07");
      expect(membership.latestStartDate).toBe("2024-07-05");
      expect(membership.endDate).toBe("ongoing");
      const end = membership.sources.find((source) => source.fields?.includes("endDate"));
      expect(end?.basis).toBe("inferred");
      expect(end?.reason).toContain("no dissolution");
    }
  });
});

describe("the memberships a query reads", () => {
  it("finds every group's members without the Commons seats' file, which holds the Commons alone", () => {
    expect(new Set((recordFile("commons-memberships") as Membership[]).map((seat) => seat.organizationId))).toEqual(
      new Set([COMMONS_ID]),
    );
    for (const organization of dataset.organizations) {
      const all = dataset.memberships.filter((membership) => membership.organizationId === organization.id);
      expect(membersOf(organization.id).map(({ membership }) => membership)).toEqual(
        all.filter((membership) => dataset.people.some((person) => person.id === membership.personId)),
      );
    }
  });
});
