import type { CollectionName } from "../schemas/erratum";
import type { DatasetIssue, IssuePath } from "./_issue";
import type { ValidEntries } from "./shape";

type IdSets = { readonly [Name in CollectionName]: ReadonlySet<string> };

/** `participants[7].introducedAs` -> `["participants", 7, "introducedAs"]` */
export function parseFieldPath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part): part is string => part !== undefined && part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function readPath(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Layer 5: every id a record refers to exists, in the right collection. */
export function checkReferences(valid: ValidEntries, ids: IdSets): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const expect = (target: CollectionName, id: string | undefined, path: IssuePath): void => {
    if (id !== undefined && !ids[target].has(id)) {
      issues.push({ layer: "references", path, message: `no record '${id}' in ${target}`, value: id });
    }
  };

  for (const { index, record } of valid.organizations) {
    expect("organizations", record.partyId, ["organizations", index, "partyId"]);
    record.coverage?.regionIds.forEach((id, at) =>
      expect("areas", id, ["organizations", index, "coverage", "regionIds", at]),
    );
  }
  for (const { index, record } of valid.areas) expect("areas", record.parentId, ["areas", index, "parentId"]);
  for (const { index, record } of valid.posts) {
    expect("organizations", record.organizationId, ["posts", index, "organizationId"]);
    expect("areas", record.areaId, ["posts", index, "areaId"]);
  }
  const postOrganization = new Map(valid.posts.map(({ record }) => [record.id, record.organizationId]));
  for (const { index, record } of valid.memberships) {
    expect("people", record.personId, ["memberships", index, "personId"]);
    expect("organizations", record.organizationId, ["memberships", index, "organizationId"]);
    expect("organizations", record.onBehalfOfId, ["memberships", index, "onBehalfOfId"]);
    expect("posts", record.postId, ["memberships", index, "postId"]);
    const postOwner = record.postId === undefined ? undefined : postOrganization.get(record.postId);
    if (postOwner !== undefined && postOwner !== record.organizationId) {
      issues.push({
        layer: "references",
        path: ["memberships", index, "postId"],
        message: `post '${record.postId}' belongs to '${postOwner}', not to the membership's organization '${record.organizationId}'`,
        value: record.postId,
      });
    }
  }
  for (const { index, record } of valid.events) {
    expect("organizations", record.organizationId, ["events", index, "organizationId"]);
    record.participants.forEach((participant, at) =>
      expect("people", participant.personId, ["events", index, "participants", at, "personId"]),
    );
  }
  for (const { index, record } of valid.statements) {
    expect("organizations", record.authorOrganizationId, ["statements", index, "authorOrganizationId"]);
    expect("people", record.authorPersonId, ["statements", index, "authorPersonId"]);
  }
  for (const { index, record } of valid.errata) {
    expect("sources", record.sourceId, ["errata", index, "sourceId"]);
    const { collection, id, field } = record.subject;
    expect(collection, id, ["errata", index, "subject", "id"]);
    const subject = valid[collection].find((entry) => entry.record.id === id)?.record;
    const kept = subject === undefined ? undefined : readPath(subject, parseFieldPath(field));
    if (subject !== undefined && (typeof kept !== "string" || !kept.includes(record.sourceSays))) {
      issues.push({
        layer: "references",
        path: ["errata", index, "subject", "field"],
        message: `${collection} '${id}' field '${field}' should keep the source's words '${record.sourceSays}'`,
        value: kept,
      });
    }
  }
  return issues;
}
