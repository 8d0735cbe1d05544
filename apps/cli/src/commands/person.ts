import { candidaciesOf, dataset, getOrganization } from "@labour-left/data";
import { CANDIDACY_COLUMNS, candidacyRow } from "../_candidacy-rows";
import { findPerson } from "../_lookup";
import type { CommandResult } from "../_result";

/** One person: how the source names them, their other names, identifiers, memberships, candidacies and roles. */
export function person(idOrName: string): CommandResult {
  const found = findPerson(idOrName);
  const memberships = dataset.memberships.filter((membership) => membership.personId === found.id);
  const candidacies = candidaciesOf(found.id);
  const roles = dataset.events.flatMap((event) =>
    event.participants
      .filter((participant) => participant.personId === found.id)
      .map((participant) => ({ eventId: event.id, event: event.name, ...participant })),
  );
  return {
    json: { ...found, memberships, candidacies, roles },
    lines: [
      found.name,
      `id: ${found.id}`,
      ...found.otherNames.map((other) => `also: ${other.name} (${other.note})`),
      ...(found.maidenSpeech
        ? [
            `maiden speech: ${found.maidenSpeech.date}, Hansard ${found.maidenSpeech.hansardReference} (${found.maidenSpeech.url})`,
          ]
        : []),
    ],
    sections: [
      {
        title: "identifiers",
        table: {
          columns: ["scheme", "identifier"],
          rows: found.identifiers.map((identifier) => [identifier.scheme, identifier.identifier]),
        },
      },
      {
        title: "memberships",
        table: {
          columns: ["organization", "role", "post", "parliament", "startDate", "endDate", "asOf"],
          rows: memberships.map((membership) => [
            getOrganization(membership.organizationId)?.name ?? membership.organizationId,
            membership.role,
            membership.postId,
            membership.legislativePeriodId,
            membership.latestStartDate
              ? `${membership.startDate} (by ${membership.latestStartDate})`
              : membership.startDate,
            membership.endDate,
            membership.asOf,
          ]),
        },
      },
      {
        title: "candidacies, general elections and by-elections (the party stood for on that polling day)",
        table: { columns: [...CANDIDACY_COLUMNS], rows: candidacies.map(candidacyRow) },
      },
      {
        title: "roles at events",
        table: {
          columns: ["event", "role", "introduced as"],
          rows: roles.map((role) => [role.event, role.role, role.introducedAs]),
        },
      },
    ],
  };
}
