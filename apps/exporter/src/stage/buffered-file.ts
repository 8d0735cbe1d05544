import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

/** Bytes gathered before they go to the stream. */
const BLOCK_BYTES = 1 << 16;

/**
 * Bytes the stream may hold before a writer waits: several blocks, so that the next block is made while the disk
 * takes the last (with the stream's default of 16 KiB every block waited for its write), and still a bound.
 */
const QUEUED_BYTES = 8 * BLOCK_BYTES;

/**
 * A file written in pieces, text or bytes: pieces are copied into a block as they come (so a caller may reuse
 * its bytes at once), and a full block goes to the stream; a full disk or other error surfaces on the next write.
 */
export class BufferedFile {
  private block: Buffer | undefined;
  private used = 0;
  private written = 0;
  private failure: Error | undefined;
  private readonly stream: WriteStream;
  private readonly failed: Promise<never>;
  private closing: Promise<number> | undefined;

  constructor(readonly path: string) {
    // Created, never opened over a file that is there: a staged path is always new, and nothing already at one
    // (were the staging folder swapped for a link) is overwritten.
    this.stream = createWriteStream(path, { flags: "wx", highWaterMark: QUEUED_BYTES });
    this.failed = once(this.stream, "error").then(([error]) => {
      this.failure = error as Error;
      throw error;
    });
    this.failed.catch(() => undefined);
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.written + this.used;
  }

  /** Adds text or bytes; returns a promise only when the disk has fallen behind and the caller should wait. */
  write(piece: string | Uint8Array): Promise<void> | undefined {
    if (typeof piece !== "string") return this.writeRange(piece, 0, piece.length);
    if (this.failure) throw this.failure;
    // A string takes at most three bytes per UTF-16 unit.
    const mostBytes = piece.length * 3;
    const waiting = this.used + mostBytes > BLOCK_BYTES ? this.flush() : undefined;
    if (mostBytes > BLOCK_BYTES) return this.send(Buffer.from(piece)) ?? waiting;
    this.block ??= Buffer.allocUnsafe(BLOCK_BYTES);
    this.used += this.block.write(piece, this.used);
    return waiting;
  }

  /** Adds the bytes of `source` from `start` to `end`, copied; returns a promise as `write` does. */
  writeRange(source: Uint8Array, start: number, end: number): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    const length = end - start;
    const waiting = this.used + length > BLOCK_BYTES ? this.flush() : undefined;
    if (length > BLOCK_BYTES) return this.send(Buffer.from(source.subarray(start, end))) ?? waiting;
    this.block ??= Buffer.allocUnsafe(BLOCK_BYTES);
    this.block.set(source.subarray(start, end), this.used);
    this.used += length;
    return waiting;
  }

  private flush(): Promise<void> | undefined {
    if (this.block === undefined || this.used === 0) return undefined;
    const full = this.block.subarray(0, this.used);
    this.block = undefined;
    this.used = 0;
    return this.send(full);
  }

  /** Hands bytes that are no longer touched to the stream. */
  private send(bytes: Buffer): Promise<void> | undefined {
    this.written += bytes.length;
    if (this.stream.write(bytes)) return undefined;
    return Promise.race([once(this.stream, "drain").then(() => undefined), this.failed]);
  }

  /** Writes what is gathered and closes the file; returns its size in bytes. Closing again gives the same. */
  close(): Promise<number> {
    this.closing ??= (async () => {
      await this.flush();
      this.stream.end();
      await Promise.race([once(this.stream, "finish"), this.failed]);
      return this.written;
    })();
    return this.closing;
  }

  /** Closes without caring whether it worked, after another failure. */
  destroy(): void {
    this.stream.destroy();
  }
}
