import type { Area, Organization, Person } from "@labour-left/data";
import { areas, findByIdentifier, foldName, organizations, people } from "@labour-left/data";
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
    organizations.find(
      (organization) => organization.id === typed || foldName(organization.abbreviation ?? "") === foldName(typed),
    ) ?? byIdOrName(organizations, typed);
  if (!found)
    throw new CliError(
      notFound(
        "group",
        typed,
        organizations.map((organization) => organization.id),
      ),
    );
  return found;
}

export function findPerson(typed: string): Person {
  const found = byIdOrName(people, typed);
  if (!found)
    throw new CliError(
      notFound(
        "person",
        typed,
        people.map((person) => person.id),
      ),
    );
  return found;
}

export function findPlace(typed: string): Area {
  const byCode = findByIdentifier("gss", typed.toUpperCase());
  const found = byCode?.collection === "areas" ? byCode.record : byIdOrName(areas, typed);
  if (!found)
    throw new CliError(
      notFound(
        "place",
        typed,
        areas.map((area) => area.id),
      ),
    );
  return found;
}
