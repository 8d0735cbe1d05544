import { membersOf } from "@labour-left/data";
import { checkPartialDate } from "../_dates";
import { findGroup } from "../_lookup";
import type { CommandResult } from "../_result";

/** The members of a group, optionally only those the sources show on a date. */
export function members(groupId: string, options: { on?: string }): CommandResult {
  const organization = findGroup(groupId);
  const on = options.on === undefined ? {} : { on: checkPartialDate(options.on, "--on") };
  const rows = membersOf(organization.id, on).map(({ person, membership }) => ({
    personId: person.id,
    name: person.name,
    role: membership.role,
    startDate: membership.startDate,
    endDate: membership.endDate,
    asOf: membership.asOf,
  }));
  return {
    json: rows,
    table: {
      columns: ["personId", "name", "role", "startDate", "endDate", "asOf"],
      rows: rows.map((row) => Object.values(row)),
    },
  };
}
