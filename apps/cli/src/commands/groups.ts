import { dataset, membersOf } from "@labour-left/data";
import type { CommandResult } from "../_result";

/** The groups and other organizations, with how many members the records list. */
export function groups(): CommandResult {
  const rows = dataset.organizations.map((organization) => ({
    id: organization.id,
    name: organization.name,
    classification: organization.classification,
    scope: organization.scope,
    members: membersOf(organization.id).length,
  }));
  return {
    json: rows,
    table: {
      columns: ["id", "name", "classification", "scope", "members"],
      rows: rows.map((row) => Object.values(row)),
    },
  };
}
