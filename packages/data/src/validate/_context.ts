import type { CollectionName } from "../schemas/erratum";
import type { DatasetIssue, IssuePath } from "./_issue";

/** What the record-level checks may ask of the validator that runs them. */
export interface CheckContext {
  /** Records a problem. */
  report(issue: DatasetIssue): void;
  /** Runs `check` once every item of `collection` has been seen: at once if that is already so. */
  whenComplete(collection: CollectionName, check: () => void): void;
  /** Whether every item of `collection` has been seen. */
  isComplete(collection: CollectionName): boolean;
  /** Whether a record of `collection` has this id (valid or not); meaningful once the collection is complete. */
  hasId(collection: CollectionName, id: string): boolean;
  /**
   * Whether `collection` is missing from the dataset (already one problem): a reference into it is then counted
   * under that problem instead of being reported on its own.
   */
  countedUnderMissing(collection: CollectionName): boolean;
}

/** An object whose fields a check reads without knowing its collection. */
export type AnyRecord = Readonly<Record<string, unknown>>;

export type { DatasetIssue, IssuePath };
