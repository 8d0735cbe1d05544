import { type FileHandle, open } from "node:fs/promises";
import { readEntry } from "./_run-file";

const CHUNK_BYTES = 1 << 20;

/** Reads a sorted run back one entry at a time; pieces are views into bytes that are never reused. */
export class RunReader {
  key = "";
  pieces: Buffer[] = [];
  private bytes = Buffer.alloc(0);
  private at = 0;
  private position = 0;

  private constructor(
    private readonly handle: FileHandle,
    private readonly pieceCount: number,
  ) {}

  /** Opens a run at its first entry; undefined when it has none. */
  static async open(path: string, pieceCount: number): Promise<RunReader | undefined> {
    const reader = new RunReader(await open(path, "r"), pieceCount);
    return (await reader.advance()) ? reader : undefined;
  }

  /** Moves to the next entry, at once when it is already read; false (and the file closed) at the end. */
  advance(): boolean | Promise<boolean> {
    const entry = readEntry(this.bytes, this.at, this.pieceCount);
    if (entry === undefined) return this.readThenAdvance();
    this.key = entry.key;
    this.pieces = entry.pieces;
    this.at = entry.next;
    return true;
  }

  private async readThenAdvance(): Promise<boolean> {
    for (;;) {
      // A fresh buffer each time: pieces handed out earlier may still be waiting to be written.
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await this.handle.read(chunk, 0, CHUNK_BYTES, this.position);
      if (bytesRead === 0) {
        await this.handle.close();
        if (this.at < this.bytes.length) throw new Error("a sort run file ends in the middle of an entry");
        return false;
      }
      this.position += bytesRead;
      this.bytes = Buffer.concat([this.bytes.subarray(this.at), chunk.subarray(0, bytesRead)]);
      this.at = 0;
      const advanced = this.advance();
      if (advanced === true) return true;
    }
  }
}
