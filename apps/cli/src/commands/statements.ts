import { dataset, STATEMENT_KINDS, type StatementKind, type Topic } from "@labour-left/data";
import { CliError } from "../_errors";
import { findGroup } from "../_lookup";
import type { CommandResult } from "../_result";

const KINDS: readonly StatementKind[] = STATEMENT_KINDS;

/** Statements, optionally by or about one group, of one kind or on one topic. */
export function statements(options: { group?: string; kind?: string; topic?: string }): CommandResult {
  const groupId = options.group === undefined ? undefined : findGroup(options.group).id;
  if (options.kind !== undefined && !KINDS.includes(options.kind as StatementKind)) {
    throw new CliError(`--kind expects one of ${KINDS.join(", ")}; received '${options.kind}'`, 2);
  }
  const topics = new Set(dataset.statements.flatMap((statement) => statement.topics));
  if (options.topic !== undefined && !topics.has(options.topic as Topic)) {
    throw new CliError(`--topic expects one of ${[...topics].sort().join(", ")}; received '${options.topic}'`, 2);
  }
  const found = dataset.statements.filter(
    (statement) =>
      (groupId === undefined ||
        statement.authorOrganizationId === groupId ||
        statement.aboutOrganizationIds?.includes(groupId) === true) &&
      (options.kind === undefined || statement.kind === options.kind) &&
      (options.topic === undefined || statement.topics.includes(options.topic as Topic)),
  );
  return {
    json: found,
    table: {
      columns: ["id", "kind", "#", "author", "text"],
      rows: found.map((statement) => [
        statement.id,
        statement.kind,
        statement.position,
        statement.authorOrganizationId ?? statement.authorPersonId ?? statement.authorSourceId,
        statement.text,
      ]),
    },
  };
}
