import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

const FLUSH_CHARS = 1 << 16;

/**
 * A file written in pieces, text or bytes: small writes are gathered, and a full disk or other error surfaces on
 * the next write. Bytes are copied when gathered pieces are flushed, so a caller may reuse them only after a wait.
 */
export class BufferedFile {
  private parts: (string | Uint8Array)[] = [];
  private hasBytes = false;
  private gathered = 0;
  private written = 0;
  private failure: Error | undefined;
  private readonly stream: WriteStream;
  private readonly failed: Promise<never>;
  private closing: Promise<number> | undefined;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path);
    this.failed = once(this.stream, "error").then(([error]) => {
      this.failure = error as Error;
      throw error;
    });
    this.failed.catch(() => undefined);
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.written;
  }

  /** Adds text; returns a promise only when the disk has fallen behind and the caller should wait. */
  write(piece: string | Uint8Array): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    this.parts.push(piece);
    this.gathered += piece.length;
    if (typeof piece !== "string") this.hasBytes = true;
    return this.gathered >= FLUSH_CHARS ? this.flush() : undefined;
  }

  private flush(): Promise<void> | undefined {
    if (this.parts.length === 0) return undefined;
    const chunk = this.hasBytes
      ? Buffer.concat(this.parts.map((part) => (typeof part === "string" ? Buffer.from(part) : part)))
      : this.parts.join("");
    this.parts = [];
    this.gathered = 0;
    this.hasBytes = false;
    this.written += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    if (this.stream.write(chunk)) return undefined;
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
