import { collection } from "../collections";
import type { Area, Organization, Person, Statement } from "../types/bundled";
import { bestScore, matchScore } from "./_match-score";
import { foldName } from "./fold-name";

export type NameMatch = (
  | { readonly collection: "people"; readonly record: Person }
  | { readonly collection: "organizations"; readonly record: Organization }
  | { readonly collection: "areas"; readonly record: Area }
) & {
  /** The name or other name that matched best. */
  readonly matchedName: string;
  /** 0 for an exact part of a name; 1 or 2 for that many typos in a word. */
  readonly score: number;
};

function namesOf(record: Person | Organization | Area): string[] {
  const names = [record.name, ...record.otherNames.map((other) => other.name)];
  if ("abbreviation" in record && record.abbreviation !== undefined) names.push(record.abbreviation);
  return names;
}

/**
 * People, organizations and areas whose name or other name matches `text`, best first: a part of a name, ignoring
 * case and accents, or a name with a typo or two ("corbin" finds Jeremy Corbyn). The CLI's search uses it too.
 * @example searchByName("long bailey")[0]?.record.id // "rebecca-long-bailey"
 * @example searchByName("corbin")[0]?.record.id // "jeremy-corbyn"
 */
export function searchByName(text: string): NameMatch[] {
  const wanted = foldName(text);
  if (wanted === "") return [];
  const matches: NameMatch[] = [];
  const collect = <C extends NameMatch["collection"]>(
    collection: C,
    records: readonly Extract<NameMatch, { collection: C }>["record"][],
  ): void => {
    for (const record of records) {
      const names = namesOf(record);
      const score = bestScore(names, wanted);
      if (score === undefined) continue;
      const matchedName = names.find((name) => matchScore(name, wanted) === score) ?? record.name;
      matches.push({ collection, record, matchedName, score } as NameMatch);
    }
  };
  collect("people", collection("people"));
  collect("organizations", collection("organizations"));
  collect("areas", collection("areas"));
  // Stable: equal scores keep the records' order.
  return matches.sort((a, b) => a.score - b.score);
}

/**
 * Statements whose words match `text`, forgiving case, accents and small typos, best first.
 * @example searchStatements("green new deal")[0]?.statement.authorOrganizationId // "nell"
 */
export function searchStatements(text: string): { readonly statement: Statement; readonly score: number }[] {
  const wanted = foldName(text);
  if (wanted === "") return [];
  return collection("statements")
    .flatMap((statement) => {
      const score = matchScore(statement.text, wanted);
      return score === undefined ? [] : [{ statement, score }];
    })
    .sort((a, b) => a.score - b.score);
}
