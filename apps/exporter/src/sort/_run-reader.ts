import { type FileHandle, open } from "node:fs/promises";
import { EntryPieces } from "./_entry-pieces";
import { readEntry } from "./_run-file";

/**
 * Reads a sorted run back one entry at a time, through one buffer that is refilled in place: `pieces` are ranges
 * of it, valid until the next advance (writers copy what they are given).
 */
export class RunReader {
  key = "";
  readonly pieces: EntryPieces;
  private buffer: Buffer;
  /** The part of the buffer read from the file. */
  private bytes: Buffer;
  private at = 0;
  private position = 0;

  private constructor(
    private readonly handle: FileHandle,
    pieceCount: number,
    bufferBytes: number,
  ) {
    this.pieces = new EntryPieces(pieceCount);
    this.buffer = Buffer.allocUnsafe(bufferBytes);
    this.bytes = this.buffer.subarray(0, 0);
  }

  /** Opens a run at its first entry, to be read `bufferBytes` at a time; undefined when it has none. */
  static async open(path: string, pieceCount: number, bufferBytes: number): Promise<RunReader | undefined> {
    const reader = new RunReader(await open(path, "r"), pieceCount, bufferBytes);
    return (await reader.advance()) ? reader : undefined;
  }

  /** Moves to the next entry, at once when it is already read; false (and the file closed) at the end. */
  advance(): boolean | Promise<boolean> {
    return this.takeEntry() || this.readThenAdvance();
  }

  /** Takes the next entry if it is all in the buffer. */
  private takeEntry(): boolean {
    const entry = readEntry(this.bytes, this.at, this.pieces);
    if (entry === undefined) return false;
    this.key = entry.key;
    this.at = entry.next;
    return true;
  }

  private async readThenAdvance(): Promise<boolean> {
    for (;;) {
      // What is left of the last entry moves to the front; an entry larger than the buffer makes it grow.
      const left = this.bytes.length - this.at;
      if (left === this.buffer.length) {
        const larger = Buffer.allocUnsafe(this.buffer.length * 2);
        this.buffer.copy(larger, 0, this.at, this.bytes.length);
        this.buffer = larger;
      } else this.buffer.copyWithin(0, this.at, this.bytes.length);
      const { bytesRead } = await this.handle.read(this.buffer, left, this.buffer.length - left, this.position);
      if (bytesRead === 0) {
        await this.handle.close();
        if (left > 0) throw new Error("a sort run file ends in the middle of an entry");
        return false;
      }
      this.position += bytesRead;
      this.bytes = this.buffer.subarray(0, left + bytesRead);
      this.at = 0;
      // Not advance(): it would start a second refill while this one goes on.
      if (this.takeEntry()) return true;
    }
  }
}
