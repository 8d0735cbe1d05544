import { dataset, getOrganization, type OrganizationId } from "@labour-left/data";
import { findPerson } from "../_lookup";
import type { CommandResult } from "../_result";

/** One person: how the source names them, their other names, identifiers, memberships and roles. */
export function person(idOrName: string): CommandResult {
  const found = findPerson(idOrName);
  const memberships = dataset.memberships.filter((membership) => membership.personId === found.id);
  const roles = dataset.events.flatMap((event) =>
    event.participants
      .filter((participant) => participant.personId === found.id)
      .map((participant) => ({ eventId: event.id, event: event.name, ...participant })),
  );
  return {
    json: { ...found, memberships, roles },
    lines: [found.name, `id: ${found.id}`, ...found.otherNames.map((other) => `also: ${other.name} (${other.note})`)],
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
          columns: ["organization", "role", "post", "startDate", "endDate", "asOf"],
          rows: memberships.map((membership) => [
            getOrganization(membership.organizationId as OrganizationId)?.name ?? membership.organizationId,
            membership.role,
            membership.postId,
            membership.startDate,
            membership.endDate,
            membership.asOf,
          ]),
        },
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
