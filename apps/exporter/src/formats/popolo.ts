import type { Dataset, Identifier, OtherName, SourceRef } from "@labour-left/data";
import { type ExportFile, stableJson, textFile } from "./_file";

type Json = Record<string, unknown>;

/** Popolo dates are partial dates; "unknown" and "ongoing" have no Popolo form and are left out. */
const popoloDate = (date: string | undefined): string | undefined =>
  date === undefined || date === "unknown" || date === "ongoing" ? undefined : date;

const withoutUndefined = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

const identifiers = (list: readonly Identifier[]) => list.map(({ scheme, identifier }) => ({ scheme, identifier }));
const otherNames = (list: readonly OtherName[]) => list.map(({ name, note }) => ({ name, note }));

/** Popolo links need a URL, so only sources that have one appear; each says what it supports. */
function links(dataset: Dataset, refs: readonly SourceRef[]): Json[] {
  return refs.flatMap((ref) => {
    const url = dataset.sources.find((source) => source.id === ref.sourceId)?.url;
    if (!url) return [];
    const where = ref.locator
      ? `${ref.locator.section}, paragraph ${ref.locator.paragraph}${ref.locator.bullet ? `, bullet ${ref.locator.bullet}` : ""}`
      : undefined;
    return [
      withoutUndefined({
        url,
        note:
          [where, ref.basis === "inferred" ? `inferred: ${ref.reason}` : undefined].filter(Boolean).join("; ") ||
          undefined,
      }),
    ];
  });
}

/** The dataset in the Popolo specification's own vocabulary and snake_case names. */
export function toPopolo(dataset: Dataset): ExportFile {
  const popolo = {
    persons: dataset.people.map((person) =>
      withoutUndefined({
        id: person.id,
        name: person.name,
        other_names: otherNames(person.otherNames),
        identifiers: identifiers(person.identifiers),
        sources: links(dataset, person.sources),
      }),
    ),
    organizations: dataset.organizations.map((organization) =>
      withoutUndefined({
        id: organization.id,
        name: organization.name,
        classification: organization.classification,
        other_names: otherNames([
          ...(organization.abbreviation
            ? [{ name: organization.abbreviation, note: "abbreviation", sources: [] }]
            : []),
          ...organization.otherNames,
        ]),
        identifiers: identifiers(organization.identifiers),
        sources: links(dataset, organization.sources),
      }),
    ),
    memberships: dataset.memberships.map((membership) =>
      withoutUndefined({
        id: membership.id,
        person_id: membership.personId,
        organization_id: membership.organizationId,
        post_id: membership.postId,
        on_behalf_of_id: membership.onBehalfOfId,
        role: membership.role,
        start_date: popoloDate(membership.startDate),
        end_date: popoloDate(membership.endDate),
        sources: links(dataset, membership.sources),
      }),
    ),
    posts: dataset.posts.map((post) =>
      withoutUndefined({ id: post.id, label: post.label, organization_id: post.organizationId, area_id: post.areaId }),
    ),
    areas: dataset.areas.map((area) =>
      withoutUndefined({
        id: area.id,
        name: area.name,
        classification: area.classification,
        parent_id: area.parentId,
        identifier: area.identifiers.find((entry) => entry.scheme === "gss")?.identifier,
        sources: links(dataset, area.sources),
      }),
    ),
    events: dataset.events.map((event) =>
      withoutUndefined({
        id: event.id,
        name: event.name,
        classification: event.classification,
        organization_id: event.organizationId,
        start_date: popoloDate(event.startDate),
        end_date: popoloDate(event.endDate),
        attendees: event.participants.map((participant) => ({
          id: participant.personId,
          name: dataset.people.find((person) => person.id === participant.personId)?.name ?? participant.personId,
        })),
        sources: links(dataset, event.sources),
      }),
    ),
  };
  const rows = Object.values(popolo).reduce((sum, list) => sum + list.length, 0);
  return textFile("popolo.json", () => stableJson(popolo), rows);
}
