import type { CollectionName } from "../schemas/erratum";
import type { DatasetIssue } from "./_issue";
import { collectLinks, type ErrataSubjects, type RecordLinks } from "./record-links";
import { checkItemShape } from "./shape";
import { checkTime } from "./time";

/**
 * What can be known of one item without the rest of the dataset: plain data, so that it can be worked out in
 * another thread and given to `DatasetValidator.addChecked`, which knows every id.
 */
export interface CheckedRecord {
  /** The item's id when it has one as a string, valid or not: duplicates and references count it. */
  readonly id: string | undefined;
  /** Whether the item has its collection's shape. */
  readonly valid: boolean;
  /** The shape problems of an invalid item, or the time problems of a valid one. */
  readonly issues: readonly DatasetIssue[];
  /** What a valid record refers to and cites, in the order they are checked; empty for an invalid one. */
  readonly links: RecordLinks;
}

const NO_SUBJECTS: ErrataSubjects = new Map();

function idOf(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null || !Object.hasOwn(item, "id")) return undefined;
  const { id } = item as { id: unknown };
  return typeof id === "string" ? id : undefined;
}

/**
 * Checks one item on its own: its shape, its dates, and what it links to. `subjects` are the errata waiting for
 * their records (`DatasetValidator.waitingSubjects()` once the errata are in), so that their fields are read here.
 * @example const { checked, record } = checkRecord("people", 0, item, validator.waitingSubjects())
 */
export function checkRecord(
  collection: CollectionName,
  index: number,
  item: unknown,
  subjects: ErrataSubjects = NO_SUBJECTS,
): { checked: CheckedRecord; record?: Record<string, unknown> } {
  const id = idOf(item);
  const { record, issues } = checkItemShape(collection, index, item);
  if (record === undefined) return { checked: { id, valid: false, issues, links: [] } };
  return {
    checked: {
      id,
      valid: true,
      issues: checkTime(collection, index, record),
      links: collectLinks(collection, record, subjects),
    },
    record,
  };
}
