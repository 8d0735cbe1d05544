import { areas, errata, events, memberships, organizations, people, posts, sources, statements } from "../collections";
import { lazy } from "./_lazy";

function byId<T extends { readonly id: string }>(records: readonly T[]): () => ReadonlyMap<string, T> {
  return lazy(() => new Map(records.map((record) => [record.id, record])));
}

function groupBy<T>(
  records: readonly T[],
  keyOf: (record: T) => string | undefined,
): () => ReadonlyMap<string, readonly T[]> {
  return lazy(() => {
    const groups = new Map<string, T[]>();
    for (const record of records) {
      const key = keyOf(record);
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
    return groups;
  });
}

export const indexes = {
  sources: byId(sources),
  organizations: byId(organizations),
  people: byId(people),
  memberships: byId(memberships),
  posts: byId(posts),
  areas: byId(areas),
  events: byId(events),
  statements: byId(statements),
  errata: byId(errata),
  membershipsByOrganization: groupBy(memberships, (membership) => membership.organizationId),
  membershipsByPerson: groupBy(memberships, (membership) => membership.personId),
  statementsByOrganization: groupBy(statements, (statement) => statement.authorOrganizationId),
  statementsByPerson: groupBy(statements, (statement) => statement.authorPersonId),
  areasByParent: groupBy(areas, (area) => area.parentId),
  postsByArea: groupBy(posts, (post) => post.areaId),
  membershipsByPost: groupBy(memberships, (membership) => membership.postId),
};
