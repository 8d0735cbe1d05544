import type { CollectionName } from "../schemas/erratum";
import type { CheckContext } from "./_context";
import { type ErrataSubjects, pathWithin, type RecordAt, subjectKey } from "./record-links";

interface PendingErratum {
  readonly index: number;
  readonly field: string;
  readonly sourceSays: string;
}

/**
 * Layer 5: every id a record refers to exists, in the right collection; a membership's post belongs to its
 * organization; an erratum's subject keeps the source's words. Errata are checked before their subjects arrive.
 * Works on a record's links (`record-links.ts`), so the record itself may have been read in another thread.
 */
export class ReferenceChecks {
  private readonly postOrganization = new Map<string, string>();
  private readonly errataBySubject = new Map<string, PendingErratum[]>();

  constructor(private readonly context: CheckContext) {}

  private readonly fieldsBySubject = new Map<string, string[]>();

  /** The fields that errata waiting for their subject name, as `checkRecord` reads them; kept up to date. */
  get subjects(): ErrataSubjects {
    return this.fieldsBySubject;
  }

  /** A copy of `subjects`, to give to another thread. */
  waitingSubjects(): ErrataSubjects {
    return new Map(this.fieldsBySubject);
  }

  /** `id` must be in `target`; a problem is reported at the record's path followed by `relative`. */
  expect(target: CollectionName, id: string, record: RecordAt, relative: string): void {
    const check = (): void => {
      if (!this.context.hasId(target, id) && !this.context.countedUnderMissing(target)) {
        const path = pathWithin(record, relative);
        this.context.report({ layer: "references", path, message: `no record '${id}' in ${target}`, value: id });
      }
    };
    // Most references point into a collection already complete; they are checked at once, with no closure kept.
    if (this.context.isComplete(target)) check();
    else this.context.whenComplete(target, check);
  }

  addPost(postId: string, organizationId: string): void {
    this.postOrganization.set(postId, organizationId);
  }

  expectPostOwner(postId: string, organizationId: string, record: RecordAt): void {
    this.context.whenComplete("posts", () => {
      const postOwner = this.postOrganization.get(postId);
      if (postOwner !== undefined && postOwner !== organizationId) {
        this.context.report({
          layer: "references",
          path: pathWithin(record, "postId"),
          message: `post '${postId}' belongs to '${postOwner}', not to the membership's organization '${organizationId}'`,
          value: postId,
        });
      }
    });
  }

  addErratum(index: number, collection: string, id: string, field: string, sourceSays: string): void {
    const key = subjectKey(collection, id);
    const pending = this.errataBySubject.get(key) ?? [];
    pending.push({ index, field, sourceSays });
    this.errataBySubject.set(key, pending);
    this.fieldsBySubject.set(key, [...(this.fieldsBySubject.get(key) ?? []), field]);
  }

  /** Checks the errata that name this record, which were seen before it, against the values it keeps. */
  checkSubject(collection: CollectionName, id: string, keptByField: ReadonlyMap<string, unknown>): void {
    const key = subjectKey(collection, id);
    for (const { index, field, sourceSays } of this.errataBySubject.get(key) ?? []) {
      const kept = keptByField.get(field);
      if (typeof kept !== "string" || !kept.includes(sourceSays)) {
        this.context.report({
          layer: "references",
          path: ["errata", index, "subject", "field"],
          message: `${collection} '${id}' field '${field}' should keep the source's words '${sourceSays}'`,
          value: kept,
        });
      }
    }
    // A later duplicate of the subject is a unique-ids problem, not a second erratum check.
    this.errataBySubject.delete(key);
    this.fieldsBySubject.delete(key);
  }
}
