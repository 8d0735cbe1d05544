import {
  type Area,
  areaInForce,
  dataset,
  findByAnyIdentifier,
  foldName,
  getOrganization,
  type Organization,
  type OrganizationId,
  type Person,
  searchByName,
} from "@labour-left/data";
import { boundaryYears, describeArea } from "./_areas";
import { closestMatches, quoted } from "./_closest";
import { today } from "./_elections";
import { CliError } from "./_errors";
import { addNote } from "./_notes";

type Named = Person | Organization | Area;

const namesOf = (record: Named): string[] => [
  record.name,
  ...record.otherNames.map((other) => other.name),
  ...("abbreviation" in record && record.abbreviation ? [record.abbreviation] : []),
];

const describe = (record: Named): string =>
  "classification" in record && record.classification === "constituency"
    ? describeArea(record as Area)
    : `'${record.id}' (${record.name})`;

/** The records whose id, or one of whose names, is what was typed (ignoring case and accents). */
function exactly<T extends Named>(records: readonly T[], typed: string): T[] {
  const folded = foldName(typed);
  const byId = records.filter((record) => record.id === typed.trim());
  if (byId.length > 0) return byId;
  return records.filter((record) => namesOf(record).some((name) => foldName(name) === folded));
}

/** "did you mean": the records nearest to what was typed, by their ids, names and the words of their names. */
function nearest<T extends Named>(records: readonly T[], typed: string): T[] {
  const byText = new Map<string, T>();
  for (const record of records) {
    for (const text of [record.id, ...namesOf(record), ...namesOf(record).flatMap((name) => name.split(/\s+/))]) {
      if (!byText.has(foldName(text))) byText.set(foldName(text), record);
    }
  }
  const found = closestMatches(typed, [...byText.keys()]).flatMap((text) => byText.get(text) ?? []);
  return [...new Set(found)];
}

function notFoundError<T extends Named>(kind: string, typed: string, records: readonly T[]): CliError {
  const suggestions = nearest(records, typed).slice(0, 3);
  const hint = suggestions.length === 0 ? "" : `; did you mean ${suggestions.map(describe).join(" or ")}?`;
  return new CliError(`no ${kind} '${quoted(typed)}'${hint}`);
}

const ambiguous = (kind: string, typed: string, records: readonly Named[]): CliError =>
  new CliError(
    `'${typed}' names ${records.length} ${kind === "person" ? "people" : `${kind}s`}: ${records
      .slice(0, 6)
      .map(describe)
      .join(" or ")}; give one's id`,
  );

/** One of several records of one name: the one in force on `on` (today when not given), said in a note. */
function inForceOn(typed: string, areas: readonly Area[], on: string | undefined): Area {
  const day = on ?? today();
  const current = areas.filter((area) => areaInForce(area, day));
  const [chosen] = current;
  if (current.length !== 1 || chosen === undefined) throw ambiguous("place", typed, areas);
  const others = areas.filter((area) => area !== chosen);
  addNote(
    `'${typed}' names ${areas.length} constituencies: ${areas.map(describeArea).join(" and ")}. This is ${chosen.id} (${boundaryYears(chosen)}), in force on ${day}${on === undefined ? " (today)" : ""}; for ${others.length === 1 ? "the other" : "another"}, give its id (${others.map((area) => area.id).join(", ")}).`,
  );
  return chosen;
}

export function findGroup(typed: string): Organization {
  // An id names one record: found without reading every organization (the parties among them).
  const byId = getOrganization(typed.trim() as OrganizationId);
  if (byId) return byId;
  const organizations = dataset.organizations;
  const exact = exactly(organizations, typed);
  if (exact.length === 1 && exact[0]) return exact[0];
  if (exact.length > 1) throw ambiguous("group", typed, exact);
  const folded = foldName(typed);
  const parts = organizations.filter((organization) =>
    [organization.id, ...namesOf(organization)].some((text) => foldName(text).includes(folded)),
  );
  if (parts.length === 1 && parts[0]) return parts[0];
  if (parts.length > 1) throw ambiguous("group", typed, parts);
  throw notFoundError("group", typed, organizations);
}

/**
 * A record by id, name, any identifier (any scheme, in any case where the scheme ignores it) or part of a name;
 * when several match, or none, the error lists them or suggests the closest.
 */
function findRecord<T extends Person | Area>(
  kind: "person" | "place",
  records: readonly T[],
  typed: string,
  choose: (matches: readonly T[]) => T,
): T {
  const exact = exactly(records, typed);
  if (exact.length > 0) return choose(exact);
  const collection = kind === "person" ? "people" : "areas";
  const identified = findByAnyIdentifier(typed)
    .filter((found) => found.collection === collection)
    .map((found) => found.record as T);
  if (identified.length > 0) return choose(identified);
  const named = searchByName(typed).filter((match) => match.collection === collection);
  const parts = named.filter((match) => match.score === 0).map((match) => match.record as T);
  if (parts.length > 0) return choose(parts);
  const typos = named.map((match) => match.record as T);
  if (typos.length > 0) {
    throw new CliError(`no ${kind} '${quoted(typed)}'; did you mean ${typos.slice(0, 5).map(describe).join(" or ")}?`);
  }
  throw notFoundError(kind, typed, records);
}

/** A person by id, name, other name, any identifier, or part of a name. */
export function findPerson(typed: string): Person {
  return findRecord("person", dataset.people, typed, (matches) => {
    if (matches.length === 1 && matches[0]) return matches[0];
    throw ambiguous("person", typed, matches);
  });
}

/**
 * A place by id, name, GSS code or other identifier, or part of a name. Where several constituencies share a name
 * (one of 2010-2024, one of 2024), the one in force on `on` (today by default), with a note saying so.
 */
export function findPlace(typed: string, options: { on?: string } = {}): Area {
  return findRecord("place", dataset.areas, typed, (matches) => {
    if (matches.length === 1 && matches[0]) return matches[0];
    const names = new Set(matches.map((area) => foldName(area.name)));
    if (names.size === 1) return inForceOn(typed, matches, options.on);
    throw ambiguous("place", typed, matches);
  });
}
