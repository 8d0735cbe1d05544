import { JsonSyntaxError } from "./_scan-json";

/**
 * Items are parsed in batches of about this many bytes: few JSON.parse calls, yet small enough that a batch's
 * objects die young (1 MiB batches lived long enough to be promoted, and validation ran a tenth slower).
 */
const BATCH_BYTES = 1 << 16;

/** A run of an array's items in the file: from `start` to `end` (exclusive, commas between them included). */
export interface ItemBatch {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/**
 * Cuts an array into batches of items as the first pass finds its commas, so that reading it later needs no
 * second scan. A missing item (`[1,,2]`, `[1,]`) is a syntax error here; anything else wrong inside an item is
 * left to JSON.parse.
 */
export class ItemBatches {
  readonly batches: ItemBatch[] = [];
  private start: number;
  private count = 0;

  /** `openAt`: the offset of the array's `[`. */
  constructor(openAt: number) {
    this.start = openAt + 1;
  }

  /** A comma or the closing bracket at `at`, with or without an item before it. */
  separator(at: number, afterValue: boolean, closes: boolean): void {
    if (!afterValue) {
      // `[]` and `[ ]`: no items, no batch.
      if (closes && this.batches.length === 0 && this.count === 0) return;
      throw new JsonSyntaxError(at, "value expected");
    }
    this.count += 1;
    if (closes || at - this.start >= BATCH_BYTES) {
      this.batches.push({ start: this.start, end: at, count: this.count });
      this.start = at + 1;
      this.count = 0;
    }
  }
}
