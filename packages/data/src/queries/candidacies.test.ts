import { describe, expect, it } from "vitest";
import { candidaciesIn, candidaciesOf, membersOf, partyStoodFor } from "../index";

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

  it("lists the candidacies in a constituency, keeping 2024 constituencies apart from those of 2010", () => {
    expect(candidaciesIn("islington-north-2024").map((candidacy) => candidacy.id)).toEqual(["ge2024-jeremy-corbyn"]);
    expect(candidaciesIn("islington-north").every((candidacy) => candidacy.electionDate < "2024")).toBe(true);
  });

  it("seats the winners of 2024 from July 2024, with no end that a source gives", () => {
    const sitting = membersOf("house-of-commons", { on: "2024-07" });
    const winners = new Set(
      candidaciesOf("jeremy-corbyn")
        .concat(...["diane-abbott", "claudia-webbe"].map((id) => candidaciesOf(id as "diane-abbott")))
        .filter((candidacy) => candidacy.electionDate === "2024-07-04" && candidacy.elected)
        .map((candidacy) => candidacy.personId),
    );
    for (const personId of winners) expect(sitting.map((member) => member.person.id)).toContain(personId);
    expect(sitting.map((member) => member.person.id)).not.toContain("claudia-webbe");
    for (const { membership } of sitting) {
      expect(membership.endDate).toBe("unknown");
      expect(membership.asOf).toBe("2024-07");
    }
  });
});
