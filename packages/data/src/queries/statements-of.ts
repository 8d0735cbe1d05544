import type { OrganizationId, PersonId } from "../ids";
import type { Statement, StatementKind, Topic } from "../types/bundled";
import { statementsByOrganization, statementsByOrganizationDescribed, statementsByPerson } from "./_indexes";

export interface StatementFilter {
  readonly kind?: StatementKind;
  readonly topic?: Topic;
}

const matches = (statement: Statement, filter: StatementFilter): boolean =>
  (filter.kind === undefined || statement.kind === filter.kind) &&
  (filter.topic === undefined || statement.topics.includes(filter.topic));

/**
 * What a group wrote or a person said (its own words), in source order, optionally of one kind or on one topic.
 * @example statementsOf("scg-councillors", { kind: "aim" }).length // 5
 */
export function statementsOf(authorId: OrganizationId | PersonId, filter: StatementFilter = {}): Statement[] {
  const authored = [...(statementsByOrganization().get(authorId) ?? []), ...(statementsByPerson().get(authorId) ?? [])];
  return authored.filter((statement) => matches(statement, filter));
}

/**
 * What others (the article) say about a group, in source order: words that are not the group's own.
 * @example statementsAbout("scg-mps", { kind: "campaign-description" })[0]?.authorSourceId // "organising-around-socialist-policies"
 */
export function statementsAbout(organizationId: OrganizationId, filter: StatementFilter = {}): Statement[] {
  return (statementsByOrganizationDescribed().get(organizationId) ?? []).filter((statement) =>
    matches(statement, filter),
  );
}
