import { join } from "node:path";
import { BufferedFile } from "../stage/buffered-file";
import { EntryPieces } from "./_entry-pieces";
import { headerBytes, writeHeader } from "./_run-file";
import { RunReader } from "./_run-reader";

const FIRST_ARENA_BYTES = 1 << 20;

/**
 * What a merge reads ahead, shared by its runs, so that memory does not grow with their number (a thousand runs
 * read 1 MiB at a time would hold a gigabyte); each reads at least 64 KiB at a time, at most 1 MiB.
 */
const MERGE_READ_BYTES = 4 << 20;

/** Visits an entry: its key and its pieces as byte ranges; may return a promise to be waited for. */
export type VisitEntry = (key: string, pieces: EntryPieces) => Promise<void> | undefined;

/**
 * Sorts entries (a key and a fixed number of text pieces) by key with bounded memory. Pieces are stored as
 * UTF-8 in one growing buffer outside the JavaScript heap, so the garbage collector never walks them; when it
 * reaches `maxBytes` the entries are sorted and written to a run file, and reading merges the runs.
 */
export class ExternalSorter {
  private arena = Buffer.allocUnsafe(0);
  private used = 0;
  private keys: string[] = [];
  /** Per entry: where its pieces start in the arena, then each piece's length. */
  private layout: number[] = [];
  private readonly runs: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
    private readonly pieceCount: number,
    private readonly name = "run",
  ) {}

  /** Adds an entry; returns a promise when a run is being written and the caller should wait. */
  add(key: string, pieces: readonly string[]): Promise<void> | undefined {
    let worstCase = 0;
    for (const piece of pieces) worstCase += piece.length * 3;
    if (this.used + worstCase > this.arena.length && !this.grow(this.used + worstCase)) {
      return this.spill().then(() => {
        this.grow(worstCase);
        this.store(key, pieces);
      });
    }
    this.store(key, pieces);
    return undefined;
  }

  private store(key: string, pieces: readonly string[]): void {
    this.keys.push(key);
    this.layout.push(this.used);
    for (const piece of pieces) {
      const written = piece.length === 0 ? 0 : this.arena.write(piece, this.used);
      this.layout.push(written);
      this.used += written;
    }
  }

  /** Makes room for `needed` bytes within the limit (always for a lone entry); false when it cannot. */
  private grow(needed: number): boolean {
    if (needed <= this.arena.length) return true;
    if (needed > this.maxBytes && this.keys.length > 0) return false;
    const size = Math.max(needed, Math.min(this.maxBytes, Math.max(FIRST_ARENA_BYTES, this.arena.length * 2)));
    const larger = Buffer.allocUnsafe(size);
    this.arena.copy(larger, 0, 0, this.used);
    this.arena = larger;
    return true;
  }

  /** Entry indexes in key order (stable). */
  private sortedOrder(): number[] {
    const { keys } = this;
    return Array.from(keys.keys()).sort((a, b) => {
      const left = keys[a] as string;
      const right = keys[b] as string;
      return left < right ? -1 : left > right ? 1 : a - b;
    });
  }

  /** Puts an entry's pieces, ranges of the arena, into `pieces`. */
  private piecesOf(entry: number, pieces: EntryPieces): EntryPieces {
    const base = entry * (this.pieceCount + 1);
    let at = this.layout[base] as number;
    pieces.bytes = this.arena;
    for (let index = 0; index < this.pieceCount; index += 1) {
      pieces.starts[index] = at;
      at += this.layout[base + index + 1] as number;
      pieces.ends[index] = at;
    }
    return pieces;
  }

  private async spill(): Promise<void> {
    const run = new BufferedFile(join(this.dir, `${this.name}-${this.runs.length}.run`));
    this.runs.push(run.path);
    const pieces = new EntryPieces(this.pieceCount);
    const lengths = new Array<number>(this.pieceCount).fill(0);
    const keyAt = headerBytes(this.pieceCount);
    // The file copies what it is given, so one header buffer serves every entry.
    let header = Buffer.allocUnsafe(keyAt + 256);
    for (const entry of this.sortedOrder()) {
      const key = this.keys[entry] as string;
      this.piecesOf(entry, pieces);
      for (let index = 0; index < this.pieceCount; index += 1) lengths[index] = pieces.length(index);
      if (keyAt + key.length * 3 > header.length) header = Buffer.allocUnsafe(keyAt + key.length * 3);
      const keyBytes = header.write(key, keyAt);
      writeHeader(header, 0, keyBytes, lengths);
      const waitingForHeader = run.writeRange(header, 0, keyAt + keyBytes);
      if (waitingForHeader) await waitingForHeader;
      for (let index = 0; index < this.pieceCount; index += 1) {
        const waiting = run.writeRange(pieces.bytes, pieces.starts[index] as number, pieces.ends[index] as number);
        if (waiting) await waiting;
      }
    }
    await run.close();
    this.keys = [];
    this.layout = [];
    this.used = 0;
  }

  /** Writes what is held as a last run and gives the paths of every run, to be merged elsewhere. */
  async spillAll(): Promise<string[]> {
    if (this.keys.length > 0) await this.spill();
    return [...this.runs];
  }

  /** Visits every entry in key order (entries with equal keys in the order added). */
  async forEach(visit: VisitEntry): Promise<void> {
    if (this.runs.length === 0) {
      const pieces = new EntryPieces(this.pieceCount);
      for (const entry of this.sortedOrder()) {
        const waiting = visit(this.keys[entry] as string, this.piecesOf(entry, pieces));
        if (waiting) await waiting;
      }
      return;
    }
    if (this.keys.length > 0) await this.spill();
    await mergeRuns(this.runs, this.pieceCount, visit);
  }
}

/** k-way merge of sorted runs through a binary heap ordered by each run's front key (ties: earlier run first). */
export async function mergeRuns(paths: readonly string[], pieceCount: number, visit: VisitEntry): Promise<void> {
  const heap: { reader: RunReader; run: number }[] = [];
  for (const [run, path] of paths.entries()) {
    const bufferBytes = Math.min(1 << 20, Math.max(1 << 16, Math.floor(MERGE_READ_BYTES / paths.length)));
    const reader = await RunReader.open(path, pieceCount, bufferBytes);
    if (reader) heap.push({ reader, run });
  }
  const less = (a: number, b: number): boolean => {
    const left = heap[a] as { reader: RunReader; run: number };
    const right = heap[b] as { reader: RunReader; run: number };
    if (left.reader.key !== right.reader.key) return left.reader.key < right.reader.key;
    return left.run < right.run;
  };
  const siftDown = (from: number): void => {
    for (let at = from; ; ) {
      const left = 2 * at + 1;
      let smallest = at;
      if (left < heap.length && less(left, smallest)) smallest = left;
      if (left + 1 < heap.length && less(left + 1, smallest)) smallest = left + 1;
      if (smallest === at) return;
      [heap[at], heap[smallest]] = [heap[smallest] as (typeof heap)[number], heap[at] as (typeof heap)[number]];
      at = smallest;
    }
  };
  for (let at = Math.floor(heap.length / 2) - 1; at >= 0; at -= 1) siftDown(at);
  while (heap.length > 0) {
    const { reader } = heap[0] as (typeof heap)[number];
    const waiting = visit(reader.key, reader.pieces);
    if (waiting) await waiting;
    const advanced = reader.advance();
    if (advanced === true || (advanced !== false && (await advanced))) siftDown(0);
    else {
      const last = heap.pop() as (typeof heap)[number];
      if (heap.length > 0) {
        heap[0] = last;
        siftDown(0);
      }
    }
  }
}
