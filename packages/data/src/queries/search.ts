import { areas, organizations, people } from "../collections";
import type { Area } from "../schemas/area";
import type { Organization } from "../schemas/organization";
import type { Person } from "../schemas/person";
import { foldName } from "./fold-name";

export type NameMatch =
  | { readonly collection: "people"; readonly record: Person; readonly matchedName: string }
  | { readonly collection: "organizations"; readonly record: Organization; readonly matchedName: string }
  | { readonly collection: "areas"; readonly record: Area; readonly matchedName: string };

function namesOf(record: Person | Organization | Area): string[] {
  const names = [record.name, ...record.otherNames.map((other) => other.name)];
  if ("abbreviation" in record && record.abbreviation !== undefined) names.push(record.abbreviation);
  return names;
}

/**
 * People, organizations and areas whose name or other name contains `text`, ignoring case and accents.
 * @example searchByName("long bailey")[0]?.record.id // "rebecca-long-bailey"
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
      const matchedName = namesOf(record).find((name) => foldName(name).includes(wanted));
      if (matchedName !== undefined) matches.push({ collection, record, matchedName } as NameMatch);
    }
  };
  collect("people", people);
  collect("organizations", organizations);
  collect("areas", areas);
  return matches;
}
