import type { AreaId, PersonId } from "../ids";
import type { Candidacy, Organization } from "../types/bundled";
import { candidaciesByArea, candidaciesByPerson, organizationsById } from "./_indexes";

/**
 * A person's candidacies, general elections and by-elections, oldest first.
 * @example candidaciesOf("jeremy-corbyn").map((c) => c.electionDate) // ["2010-05-06", …, "2024-07-04"]
 */
export function candidaciesOf(personId: PersonId): Candidacy[] {
  return [...(candidaciesByPerson().get(personId) ?? [])];
}

/**
 * Every candidacy in a constituency's contests, oldest contest first and in the order of each result.
 * @example candidaciesIn("islington-north-2024")[0]?.resultSummary // "Ind gain from Lab"
 */
export function candidaciesIn(areaId: AreaId): Candidacy[] {
  return [...(candidaciesByArea().get(areaId) ?? [])].sort(
    (a, b) => a.electionDate.localeCompare(b.electionDate) || a.position - b.position,
  );
}

/** What a person stood as at one election: the parties of the candidacy, or an independent. */
export interface StoodFor {
  readonly candidacy: Candidacy;
  /** The party, then the adjunct party of a joint candidacy; empty for an independent. */
  readonly parties: readonly Organization[];
  readonly independent: boolean;
}

/**
 * The party a person stood for at the election held on `electionDate` (a polling day, YYYY-MM-DD), as the
 * results give it; `undefined` when the records hold no candidacy of theirs then. True of that polling day only.
 * @example partyStoodFor("jeremy-corbyn", "2024-07-04")?.independent // true
 */
export function partyStoodFor(personId: PersonId, electionDate: string): StoodFor | undefined {
  const candidacy = candidaciesOf(personId).find((each) => each.electionDate === electionDate);
  if (candidacy === undefined) return undefined;
  const organizations = organizationsById();
  const parties = [candidacy.partyId, candidacy.adjunctPartyId].flatMap((id) => {
    const party = id === undefined ? undefined : organizations.get(id);
    return party ? [party] : [];
  });
  return { candidacy, parties, independent: candidacy.independent };
}
