import type { FileHandle } from "node:fs/promises";
import { isWhitespace, JsonSyntaxError } from "./_scan-json";

const CHUNK_BYTES = 1 << 20;

/**
 * A moving window on a byte range of a file: the bytes not yet consumed, refilled a chunk at a time,
 * so that memory holds one chunk and the item being read, whatever the file's size.
 */
export class ByteWindow {
  /** Bytes in the window. */
  bytes: Buffer = Buffer.alloc(0);
  /** Index in `bytes` of the next byte to read. */
  at = 0;
  /** File offset of `bytes[0]`. */
  offset: number;
  private nextRead: number;
  /** The next chunk, already asked of the file while the current one is scanned. */
  private ahead: Promise<Buffer> | undefined;

  constructor(
    private readonly handle: FileHandle,
    start: number,
    private readonly end: number,
  ) {
    this.offset = start;
    this.nextRead = start;
  }

  /** File offset of the next byte. */
  get position(): number {
    return this.offset + this.at;
  }

  /** Reads the next chunk, dropping what lies before the next byte; false at the end of the range. */
  async extend(): Promise<boolean> {
    const fresh = await (this.ahead ?? this.readChunk());
    this.ahead = undefined;
    if (fresh.length === 0) return false;
    // The file is read while this chunk is scanned; a window given up early never waits for that read.
    if (this.nextRead < this.end) {
      this.ahead = this.readChunk();
      this.ahead.catch(() => undefined);
    }
    const kept = this.bytes.subarray(this.at);
    this.offset += this.at;
    this.at = 0;
    this.bytes = kept.length > 0 ? Buffer.concat([kept, fresh]) : fresh;
    return true;
  }

  /** The chunk at `nextRead`, empty at the end of the range or of the file. */
  private async readChunk(): Promise<Buffer> {
    if (this.nextRead >= this.end) return Buffer.alloc(0);
    const size = Math.min(CHUNK_BYTES, this.end - this.nextRead);
    const from = this.nextRead;
    this.nextRead += size;
    const chunk = Buffer.allocUnsafe(size);
    const { bytesRead } = await this.handle.read(chunk, 0, size, from);
    return chunk.subarray(0, bytesRead);
  }

  /** Skips whitespace and returns the next byte without consuming it, or -1 when the window must be extended first. */
  peekNow(): number {
    while (this.at < this.bytes.length && isWhitespace(this.bytes[this.at])) this.at += 1;
    return this.at < this.bytes.length ? (this.bytes[this.at] as number) : -1;
  }

  /** Skips whitespace and returns the next byte without consuming it; undefined at the end of the range. */
  async peek(): Promise<number | undefined> {
    for (;;) {
      while (this.at < this.bytes.length && isWhitespace(this.bytes[this.at])) this.at += 1;
      if (this.at < this.bytes.length) return this.bytes[this.at];
      if (!(await this.extend())) return undefined;
    }
  }

  /** Consumes the next non-space byte, which must be one of `expected`; otherwise a syntax error with `reason`. */
  async expect(expected: readonly number[], reason: string): Promise<number> {
    const byte = await this.peek();
    if (byte === undefined || !expected.includes(byte)) throw new JsonSyntaxError(this.position, reason);
    this.at += 1;
    return byte;
  }
}
