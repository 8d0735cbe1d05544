import { COLLECTION_NAMES, type CollectionName } from "../schemas/erratum";
import { VALIDATION_ORDER } from "../vocabulary";
import type { CheckContext } from "./_context";
import type { DatasetIssue } from "./_issue";
import { resolveLinks } from "./_resolve-links";
import { type CheckedRecord, checkRecord } from "./check-record";
import { type CheckedBatch, forEachChecked } from "./checked-batch";
import { ProvenanceChecks } from "./provenance";
import type { ErrataSubjects } from "./record-links";
import { ReferenceChecks } from "./references";
import { checkTopLevel, isPlainObject } from "./shape";
import { IdIndex } from "./unique-ids";

/** How many problems are listed at most; a final issue says how many more there were. */
export const MAX_LISTED_ISSUES = 1000;

/**
 * How many problems are counted at most: checking stops at the 10,000th, and the total is then "at least" that.
 * A hostile file can hold millions, and counting each costs as much as checking a valid record or more.
 */
export const PROBLEM_CAP = 10_000;

export { VALIDATION_ORDER } from "../vocabulary";

export interface ValidationResult {
  readonly valid: boolean;
  /** The problems, the first `MAX_LISTED_ISSUES` of them, then one that counts the rest. */
  readonly issues: readonly DatasetIssue[];
  /** How many problems there are in all, listed or not; with `complete` false, how many were found before stopping. */
  readonly total: number;
  /** False when checking stopped at `PROBLEM_CAP` problems: there may be more than `total`. */
  readonly complete: boolean;
}

/** Checks a dataset one record at a time, so that a large one never has to be held whole. */
export interface DatasetValidator {
  /** Checks the top level (the object, its keys, the version); returns the collections that are arrays. */
  checkTopLevel(input: unknown): ReadonlySet<CollectionName>;
  /** Checks one item of a collection; returns the parsed record when its shape is valid. Collections come in `VALIDATION_ORDER`. */
  checkItem(collection: CollectionName, index: number, item: unknown): Record<string, unknown> | undefined;
  /**
   * Takes an item already checked on its own by `checkRecord` (perhaps in another thread) and does the checks
   * that need the rest of the dataset: unique ids, references, sources. Same order rule as `checkItem`.
   */
  addChecked(collection: CollectionName, index: number, checked: CheckedRecord): void;
  /** `addChecked` for each item of a batch packed by `checkBatch`. */
  addCheckedBatch(batch: CheckedBatch): void;
  /** The errata still waiting for their subject, for `checkRecord`; complete once the errata have all been given. */
  waitingSubjects(): ErrataSubjects;
  /** Says that every item of a collection has been given. */
  endCollection(collection: CollectionName): void;
  /** Whether no problem has been found so far. */
  readonly valid: boolean;
  /** Whether `PROBLEM_CAP` problems have been found: checking more records would change nothing, stop feeding it. */
  readonly full: boolean;
  /** Ends every collection and returns all problems, ordered by layer, collection and index. */
  finish(): ValidationResult;
}

const LAYERS: readonly DatasetIssue["layer"][] = ["shape", "time", "unique-ids", "references", "provenance"];

/** Problems sort by layer, then by collection (top-level keys first), then by index, then as found. */
function compareIssues(a: { issue: DatasetIssue; seq: number }, b: { issue: DatasetIssue; seq: number }): number {
  const rank = ({ issue }: { issue: DatasetIssue }): number[] => [
    LAYERS.indexOf(issue.layer),
    COLLECTION_NAMES.indexOf(issue.path[0] as CollectionName),
    typeof issue.path[1] === "number" ? issue.path[1] : -1,
  ];
  const left = rank(a);
  const right = rank(b);
  for (let at = 0; at < left.length; at += 1) {
    const difference = (left[at] ?? 0) - (right[at] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.seq - b.seq;
}

/** A missing collection's problem, saying how many references into it could not be checked because of it. */
function withConsequences(issue: DatasetIssue, missing: ReadonlyMap<CollectionName, number>): DatasetIssue {
  const [collection] = issue.path;
  const count = issue.path.length === 1 ? missing.get(collection as CollectionName) : undefined;
  if (!count) return issue;
  return {
    ...issue,
    message: `${issue.message}; ${count} reference${count === 1 ? "" : "s"} to it could not be checked`,
  };
}

/**
 * A validator for records given one at a time, in `VALIDATION_ORDER`: shape, time, unique ids, references and
 * provenance, as `validateDataset` checks them. It keeps the ids seen and what waits on a later collection.
 * @example const validator = createDatasetValidator(); validator.checkTopLevel(skeleton); ...; validator.finish()
 */
export function createDatasetValidator(): DatasetValidator {
  const found: { issue: DatasetIssue; seq: number }[] = [];
  let unlisted = 0;
  const complete = new Set<CollectionName>();
  // Collections missing from the top level, with how many references into them were counted under that problem.
  const missing = new Map<CollectionName, number>();
  const waiting = new Map<CollectionName, (() => void)[]>();
  const ids = new IdIndex();
  let position = -1;

  const counted = (): number => found.length + unlisted;
  const report = (issue: DatasetIssue): void => {
    if (counted() >= PROBLEM_CAP) return;
    if (found.length < MAX_LISTED_ISSUES) found.push({ issue, seq: found.length });
    else unlisted += 1;
  };
  const context: CheckContext = {
    report,
    whenComplete(collection, check) {
      if (complete.has(collection)) check();
      else {
        const checks = waiting.get(collection);
        if (checks) checks.push(check);
        else waiting.set(collection, [check]);
      }
    },
    isComplete: (collection) => complete.has(collection),
    hasId: (collection, id) => ids.has(collection, id),
    countedUnderMissing(collection) {
      const count = missing.get(collection);
      if (count === undefined) return false;
      missing.set(collection, count + 1);
      return true;
    },
  };
  const references = new ReferenceChecks(context);
  const provenance = new ProvenanceChecks(context);

  const endCollection = (collection: CollectionName): void => {
    if (complete.has(collection)) return;
    complete.add(collection);
    for (const check of waiting.get(collection) ?? []) check();
    waiting.delete(collection);
  };

  function addChecked(collection: CollectionName, index: number, checked: CheckedRecord): void {
    const at = VALIDATION_ORDER.indexOf(collection);
    if (at < position)
      throw new Error(`${collection} came after ${VALIDATION_ORDER[position]}: give collections in VALIDATION_ORDER`);
    position = at;
    const duplicate = ids.add(collection, index, checked.id, checked.valid);
    checked.issues.forEach(report);
    if (!checked.valid) return;
    if (duplicate) report(duplicate);
    resolveLinks(collection, index, checked.id, checked.links, references, provenance);
  }

  return {
    checkTopLevel(input) {
      const { issues, arrays } = checkTopLevel(input);
      issues.forEach(report);
      // Not a dataset object at all is one problem; a missing collection is one problem, whatever refers to it.
      if (isPlainObject(input)) {
        for (const collection of COLLECTION_NAMES) if (!arrays.has(collection)) missing.set(collection, 0);
      }
      return arrays;
    },
    checkItem(collection, index, item) {
      const { checked, record } = checkRecord(collection, index, item, references.subjects);
      addChecked(collection, index, checked);
      return record;
    },
    addChecked,
    addCheckedBatch: (batch) => forEachChecked(batch, (index, checked) => addChecked(batch.collection, index, checked)),
    waitingSubjects: () => references.waitingSubjects(),
    endCollection,
    get valid() {
      return found.length === 0;
    },
    get full() {
      return counted() >= PROBLEM_CAP;
    },
    finish() {
      const complete = counted() < PROBLEM_CAP;
      for (const collection of VALIDATION_ORDER) endCollection(collection);
      const issues = found.sort(compareIssues).map(({ issue }) => withConsequences(issue, missing));
      const total = issues.length + unlisted;
      if (unlisted > 0) {
        const more = `${complete ? "" : "at least "}${unlisted} more problems`;
        issues.push({ layer: "shape", path: [], message: `${more} not listed` });
      }
      return { valid: total === 0, issues, total, complete };
    },
  };
}
