import type { Area, Organization, Person } from "@labour-left/data";
import { dataset, findByAnyIdentifier, foldName, searchByName } from "@labour-left/data";
import { notFound } from "./_closest";
import { CliError } from "./_errors";

const byIdOrName = <T extends { id: string; name: string; otherNames: readonly { name: string }[] }>(
  records: readonly T[],
  typed: string,
): T | undefined => {
  const folded = foldName(typed);
  return (
    records.find((record) => record.id === typed) ??
    records.find((record) =>
      [record.name, ...record.otherNames.map((other) => other.name)].some((name) => foldName(name) === folded),
    )
  );
};

export function findGroup(typed: string): Organization {
  const found =
    dataset.organizations.find(
      (organization) => organization.id === typed || foldName(organization.abbreviation ?? "") === foldName(typed),
    ) ?? byIdOrName(dataset.organizations, typed);
  if (!found)
    throw new CliError(
      notFound(
        "group",
        typed,
        dataset.organizations.map((organization) => organization.id),
      ),
    );
  return found;
}

type Collection = "people" | "areas";

/**
 * A record by id, name, any identifier (any scheme, in any case where the scheme ignores it) or part of a name;
 * when several match, or none, the error suggests the closest.
 */
function findRecord<T extends Person | Area>(
  kind: string,
  collection: Collection,
  records: readonly T[],
  typed: string,
): T {
  const exact = byIdOrName(records, typed);
  if (exact) return exact;
  const identified = findByAnyIdentifier(typed).filter((found) => found.collection === collection);
  if (identified.length === 1) return identified[0]?.record as T;
  const named = searchByName(typed).filter((match) => match.collection === collection);
  const parts = named.filter((match) => match.score === 0);
  if (parts.length === 1) return parts[0]?.record as T;
  const suggest = (matches: typeof named): string =>
    matches
      .slice(0, 5)
      .map((match) => `'${match.record.id}' (${match.record.name})`)
      .join(" or ");
  if (parts.length > 1) throw new CliError(`'${typed}' names more than one ${kind}: ${suggest(parts)}; give one's id`);
  if (named.length > 0) throw new CliError(`no ${kind} '${typed}'; did you mean ${suggest(named)}?`);
  throw new CliError(
    notFound(
      kind,
      typed,
      records.map((record) => record.id),
    ),
  );
}

/** A person by id, name, other name, any identifier, or part of a name. */
export function findPerson(typed: string): Person {
  return findRecord("person", "people", dataset.people, typed);
}

/** A place by id, name, GSS code or other identifier, or part of a name. */
export function findPlace(typed: string): Area {
  return findRecord("place", "areas", dataset.areas, typed);
}
