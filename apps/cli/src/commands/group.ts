import { membersOf, statementsAbout, statementsOf } from "@labour-left/data";
import { formatCitation } from "../_format";
import { findGroup } from "../_lookup";
import type { CommandResult } from "../_result";

/** One group: its details, and its statements by kind with their source locators. */
export function group(id: string): CommandResult {
  const organization = findGroup(id);
  // The group's own words first, then what the article says about it.
  const statements = [...statementsOf(organization.id), ...statementsAbout(organization.id)];
  const kinds = [...new Set(statements.map((statement) => statement.kind))];
  return {
    json: { ...organization, memberCount: membersOf(organization.id).length, statements },
    lines: [
      `${organization.name}${organization.abbreviation ? ` (${organization.abbreviation})` : ""}`,
      `id: ${organization.id}`,
      `classification: ${organization.classification}${organization.scope ? `, ${organization.scope}` : ""}`,
      ...(organization.membershipRule ? [`membership: ${organization.membershipRule}`] : []),
      ...(organization.coverage
        ? [
            `covers: ${organization.coverage.constituencyCount} constituencies in ${organization.coverage.regionIds.join(", ")}`,
          ]
        : []),
      `members listed: ${membersOf(organization.id).length}`,
    ],
    sections: kinds.map((kind) => ({
      title: `${kind} statements${statements.some((statement) => statement.kind === kind && statement.authorSourceId) ? " (the article's words about the group)" : ""}`,
      table: {
        columns: ["#", "text", "source"],
        rows: statements
          .filter((statement) => statement.kind === kind)
          .map((statement) => [statement.position, statement.text, formatCitation(statement.sources)]),
      },
    })),
  };
}
