import { join } from "node:path";
import { BufferedFile } from "../stage/buffered-file";
import { encodeEntry } from "./_run-format";
import { RunReader } from "./_run-reader";

interface Entry {
  readonly key: string;
  readonly payload: readonly string[];
}

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Sorts entries by key with bounded memory: entries gather in memory until they hold `maxChars` characters,
 * then are sorted and written to a run file; reading merges the runs. Small inputs never touch the disk.
 */
export class ExternalSorter {
  private buffer: Entry[] = [];
  private bufferedChars = 0;
  private readonly runs: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly maxChars: number,
    private readonly name = "run",
  ) {}

  /** Adds an entry; returns a promise when a run is being written and the caller should wait. */
  add(key: string, payload: readonly string[]): Promise<void> | undefined {
    this.buffer.push({ key, payload });
    this.bufferedChars += key.length;
    for (const text of payload) this.bufferedChars += text.length;
    return this.bufferedChars >= this.maxChars ? this.spill() : undefined;
  }

  private async spill(): Promise<void> {
    const entries = this.buffer.sort(byKey);
    this.buffer = [];
    this.bufferedChars = 0;
    const run = new BufferedFile(join(this.dir, `${this.name}-${this.runs.length}.run`));
    this.runs.push(run.path);
    for (const { key, payload } of entries) {
      const waiting = run.write(encodeEntry(key, payload));
      if (waiting) await waiting;
    }
    await run.close();
  }

  /** Visits every entry in key order (equal keys in the order added, within one run). */
  async forEach(visit: (key: string, payload: readonly string[]) => Promise<void> | undefined): Promise<void> {
    if (this.runs.length === 0) {
      for (const { key, payload } of this.buffer.sort(byKey)) {
        const waiting = visit(key, payload);
        if (waiting) await waiting;
      }
      return;
    }
    if (this.buffer.length > 0) await this.spill();
    await mergeRuns(this.runs, visit);
  }
}

/** k-way merge of sorted runs through a binary heap ordered by each run's front key. */
async function mergeRuns(
  paths: readonly string[],
  visit: (key: string, payload: readonly string[]) => Promise<void> | undefined,
): Promise<void> {
  const heap: RunReader[] = [];
  for (const path of paths) {
    const reader = await RunReader.open(path);
    if (reader) heap.push(reader);
  }
  const keyOf = (reader: RunReader): string => reader.current[0] as string;
  const less = (a: number, b: number): boolean =>
    byKey({ key: keyOf(heap[a] as RunReader) }, { key: keyOf(heap[b] as RunReader) }) < 0;
  const swap = (a: number, b: number): void => {
    [heap[a], heap[b]] = [heap[b] as RunReader, heap[a] as RunReader];
  };
  const siftDown = (from: number): void => {
    for (let at = from; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let smallest = at;
      if (left < heap.length && less(left, smallest)) smallest = left;
      if (right < heap.length && less(right, smallest)) smallest = right;
      if (smallest === at) return;
      swap(at, smallest);
      at = smallest;
    }
  };
  for (let at = Math.floor(heap.length / 2) - 1; at >= 0; at -= 1) siftDown(at);
  while (heap.length > 0) {
    const front = heap[0] as RunReader;
    const [key, ...payload] = front.current;
    const waiting = visit(key as string, payload);
    if (waiting) await waiting;
    const advanced = front.advance();
    if (advanced === true || (advanced !== false && (await advanced))) siftDown(0);
    else {
      const last = heap.pop() as RunReader;
      if (heap.length > 0) {
        heap[0] = last;
        siftDown(0);
      }
    }
  }
}
