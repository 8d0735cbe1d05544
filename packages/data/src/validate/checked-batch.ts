import type { CollectionName } from "../schemas/erratum";
import type { DatasetIssue } from "./_issue";
import { type CheckedRecord, checkRecord } from "./check-record";
import type { ErrataSubjects, RecordLinks } from "./record-links";

/**
 * Items of one collection checked on their own (`checkRecord`), packed to cross between threads cheaply:
 * integers in a typed array that can be transferred, each string once in a table, anything else (problems, the
 * rare value an erratum asks about) in a list. Per item: id, valid (1 or 0), problem count, problems, link count,
 * links; a value is `2n` for the string at n, `2n + 1` for the small integer n, `-(n + 1)` for `others[n]`.
 */
export interface CheckedBatch {
  readonly collection: CollectionName;
  readonly firstIndex: number;
  readonly count: number;
  readonly codes: Int32Array;
  readonly strings: readonly string[];
  readonly others: readonly unknown[];
}

const LARGEST_PACKED_INTEGER = 2 ** 29;

class Packer {
  readonly strings: string[] = [];
  readonly others: unknown[] = [];
  private readonly stringIndex = new Map<string, number>();
  private codes = new Int32Array(1024);
  length = 0;

  push(value: unknown): void {
    let code: number;
    if (typeof value === "string") {
      let at = this.stringIndex.get(value);
      if (at === undefined) {
        at = this.strings.push(value) - 1;
        this.stringIndex.set(value, at);
      }
      code = 2 * at;
    } else if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < LARGEST_PACKED_INTEGER) {
      code = 2 * value + 1;
    } else {
      code = -this.others.push(value);
    }
    if (this.length === this.codes.length) {
      const larger = new Int32Array(this.codes.length * 2);
      larger.set(this.codes);
      this.codes = larger;
    }
    this.codes[this.length] = code;
    this.length += 1;
  }

  pushChecked({ id, valid, issues, links }: CheckedRecord): void {
    this.push(id);
    this.push(valid ? 1 : 0);
    this.push(issues.length);
    for (const issue of issues) this.push(issue);
    this.push(links.length);
    for (const link of links) this.push(link);
  }

  packed(): Int32Array {
    return this.codes.slice(0, this.length);
  }
}

/**
 * Checks a batch of items on its own and packs the result; also gives the records whose shape is valid.
 * @example
 * const { batch, records } = checkBatch("people", 0, items, subjects);
 * port.postMessage(batch, [batch.codes.buffer]);
 */
export function checkBatch(
  collection: CollectionName,
  firstIndex: number,
  items: readonly unknown[],
  subjects?: ErrataSubjects,
): { batch: CheckedBatch; records: Record<string, unknown>[] } {
  const packer = new Packer();
  const records: Record<string, unknown>[] = [];
  for (let at = 0; at < items.length; at += 1) {
    const { checked, record } = checkRecord(collection, firstIndex + at, items[at], subjects);
    packer.pushChecked(checked);
    if (record !== undefined) records.push(record);
  }
  const batch = {
    collection,
    firstIndex,
    count: items.length,
    codes: packer.packed(),
    strings: packer.strings,
    others: packer.others,
  };
  return { batch, records };
}

const NO_ISSUES: readonly DatasetIssue[] = Object.freeze([]);

/**
 * Unpacks a batch item by item. The item given to `visit` and its links array are reused from one item to the
 * next: a million records make no garbage here.
 */
export function forEachChecked(batch: CheckedBatch, visit: (index: number, checked: CheckedRecord) => void): void {
  const { codes, strings, others } = batch;
  let at = 0;
  const next = (): unknown => {
    const code = codes[at++] as number;
    if (code < 0) return others[-code - 1];
    return (code & 1) === 1 ? (code - 1) / 2 : strings[code / 2];
  };
  const links: RecordLinks = [];
  const checked: { -readonly [Key in keyof CheckedRecord]: CheckedRecord[Key] } = {
    id: undefined,
    valid: false,
    issues: NO_ISSUES,
    links,
  };
  for (let item = 0; item < batch.count; item += 1) {
    checked.id = next() as string | undefined;
    checked.valid = next() === 1;
    const issueCount = next() as number;
    checked.issues = issueCount === 0 ? NO_ISSUES : Array.from({ length: issueCount }, () => next() as DatasetIssue);
    const linkCount = next() as number;
    links.length = linkCount;
    for (let link = 0; link < linkCount; link += 1) links[link] = next();
    visit(batch.firstIndex + item, checked);
  }
}
