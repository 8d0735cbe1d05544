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
  sources: /* @__PURE__ */ byId(sources),
  organizations: /* @__PURE__ */ byId(organizations),
  people: /* @__PURE__ */ byId(people),
  memberships: /* @__PURE__ */ byId(memberships),
  posts: /* @__PURE__ */ byId(posts),
  areas: /* @__PURE__ */ byId(areas),
  events: /* @__PURE__ */ byId(events),
  statements: /* @__PURE__ */ byId(statements),
  errata: /* @__PURE__ */ byId(errata),
  membershipsByOrganization: /* @__PURE__ */ groupBy(memberships, (membership) => membership.organizationId),
  membershipsByPerson: /* @__PURE__ */ groupBy(memberships, (membership) => membership.personId),
  statementsByOrganization: /* @__PURE__ */ groupBy(statements, (statement) => statement.authorOrganizationId),
  statementsByPerson: /* @__PURE__ */ groupBy(statements, (statement) => statement.authorPersonId),
  areasByParent: /* @__PURE__ */ groupBy(areas, (area) => area.parentId),
  postsByArea: /* @__PURE__ */ groupBy(posts, (post) => post.areaId),
  membershipsByPost: /* @__PURE__ */ groupBy(memberships, (membership) => membership.postId),
};
