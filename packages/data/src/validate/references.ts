import type { CollectionName, Erratum } from "../schemas/erratum";
import type { Event } from "../schemas/event";
import type { Membership } from "../schemas/membership";
import type { Organization } from "../schemas/organization";
import type { Post } from "../schemas/post";
import type { Statement } from "../schemas/statement";
import type { AnyRecord, CheckContext, IssuePath } from "./_context";

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

interface PendingErratum {
  readonly index: number;
  readonly field: string;
  readonly sourceSays: string;
}

/**
 * Layer 5: every id a record refers to exists, in the right collection; a membership's post belongs to its
 * organization; an erratum's subject keeps the source's words. Errata are checked before their subjects arrive.
 */
export class ReferenceChecks {
  private readonly postOrganization = new Map<string, string>();
  private readonly errataBySubject = new Map<string, PendingErratum[]>();

  constructor(private readonly context: CheckContext) {}

  check(collection: CollectionName, index: number, record: AnyRecord): void {
    const path: IssuePath = [collection, index];
    switch (collection) {
      case "organizations": {
        const organization = record as Organization;
        this.expect("organizations", organization.partyId, [...path, "partyId"]);
        organization.coverage?.regionIds.forEach((id, at) =>
          this.expect("areas", id, [...path, "coverage", "regionIds", at]),
        );
        break;
      }
      case "areas":
        this.expect("areas", record.parentId as string | undefined, [...path, "parentId"]);
        break;
      case "posts": {
        const post = record as Post;
        this.expect("organizations", post.organizationId, [...path, "organizationId"]);
        this.expect("areas", post.areaId, [...path, "areaId"]);
        this.postOrganization.set(post.id, post.organizationId);
        break;
      }
      case "memberships":
        this.checkMembership(record as Membership, path);
        break;
      case "events": {
        const event = record as Event;
        this.expect("organizations", event.organizationId, [...path, "organizationId"]);
        event.participants.forEach((participant, at) =>
          this.expect("people", participant.personId, [...path, "participants", at, "personId"]),
        );
        break;
      }
      case "statements": {
        const statement = record as Statement;
        this.expect("organizations", statement.authorOrganizationId, [...path, "authorOrganizationId"]);
        this.expect("people", statement.authorPersonId, [...path, "authorPersonId"]);
        break;
      }
      case "errata":
        this.checkErratum(record as Erratum, index);
        break;
    }
    this.checkErratumSubject(collection, record);
  }

  private expect(target: CollectionName, id: string | undefined, path: IssuePath): void {
    if (id === undefined) return;
    const check = (): void => {
      if (!this.context.hasId(target, id)) {
        this.context.report({ layer: "references", path, message: `no record '${id}' in ${target}`, value: id });
      }
    };
    // Most references point into a collection already complete; they are checked at once, with no closure kept.
    if (this.context.isComplete(target)) check();
    else this.context.whenComplete(target, check);
  }

  private checkMembership(membership: Membership, path: IssuePath): void {
    this.expect("people", membership.personId, [...path, "personId"]);
    this.expect("organizations", membership.organizationId, [...path, "organizationId"]);
    this.expect("organizations", membership.onBehalfOfId, [...path, "onBehalfOfId"]);
    this.expect("posts", membership.postId, [...path, "postId"]);
    const { postId, organizationId } = membership;
    if (postId === undefined) return;
    this.context.whenComplete("posts", () => {
      const postOwner = this.postOrganization.get(postId);
      if (postOwner !== undefined && postOwner !== organizationId) {
        this.context.report({
          layer: "references",
          path: [...path, "postId"],
          message: `post '${postId}' belongs to '${postOwner}', not to the membership's organization '${organizationId}'`,
          value: postId,
        });
      }
    });
  }

  private checkErratum(erratum: Erratum, index: number): void {
    this.expect("sources", erratum.sourceId, ["errata", index, "sourceId"]);
    const { collection, id, field } = erratum.subject;
    this.expect(collection, id, ["errata", index, "subject", "id"]);
    const key = `${collection}\u0000${id}`;
    const pending = this.errataBySubject.get(key) ?? [];
    pending.push({ index, field, sourceSays: erratum.sourceSays });
    this.errataBySubject.set(key, pending);
  }

  /** Checks the errata that name this record, which were seen before it (errata come first). */
  private checkErratumSubject(collection: CollectionName, record: AnyRecord): void {
    if (this.errataBySubject.size === 0 || typeof record.id !== "string") return;
    const key = `${collection}\u0000${record.id}`;
    for (const { index, field, sourceSays } of this.errataBySubject.get(key) ?? []) {
      const kept = readPath(record, parseFieldPath(field));
      if (typeof kept !== "string" || !kept.includes(sourceSays)) {
        this.context.report({
          layer: "references",
          path: ["errata", index, "subject", "field"],
          message: `${collection} '${record.id}' field '${field}' should keep the source's words '${sourceSays}'`,
          value: kept,
        });
      }
    }
    // A later duplicate of the subject is a unique-ids problem, not a second erratum check.
    this.errataBySubject.delete(key);
  }
}
