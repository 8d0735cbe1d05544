import type { OrganizationId, PersonId } from "../ids";
import type { Statement, StatementKind } from "../schemas/statement";
import type { Topic } from "../schemas/topic";
import { statementsByOrganization, statementsByPerson } from "./_indexes";

export interface StatementFilter {
  readonly kind?: StatementKind;
  readonly topic?: Topic;
}

/**
 * What a group wrote or a person said, in source order, optionally of one kind or on one topic.
 * @example statementsOf("scg-councillors", { kind: "aim" }).length // 5
 */
export function statementsOf(authorId: OrganizationId | PersonId, filter: StatementFilter = {}): Statement[] {
  const authored = [...(statementsByOrganization().get(authorId) ?? []), ...(statementsByPerson().get(authorId) ?? [])];
  return authored.filter(
    (statement) =>
      (filter.kind === undefined || statement.kind === filter.kind) &&
      (filter.topic === undefined || statement.topics.includes(filter.topic)),
  );
}
