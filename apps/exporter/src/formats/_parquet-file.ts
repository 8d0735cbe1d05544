import { closeSync, openSync, writeSync } from "node:fs";

/** Bytes gathered before they go to the file, and the buffer's first size (most tables are small). */
const FLUSH_BYTES = 1 << 20;
const FIRST_BUFFER_BYTES = 1 << 16;

/**
 * A new file of the stage for a Parquet writer: created exclusively (never opened over anything already there, a link
 * least of all), kept open, written a megabyte at a time.
 */
export function stagedParquetFile(path: string): {
  write(bytes: Uint8Array): void;
  finish(): void;
  abandon(): void;
} {
  const descriptor = openSync(path, "wx");
  let open = true;
  const close = (): void => {
    if (open) closeSync(descriptor);
    open = false;
  };
  let buffer = new Uint8Array(FIRST_BUFFER_BYTES);
  let buffered = 0;
  const writeAll = (bytes: Uint8Array): void => {
    let written = 0;
    while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written);
  };
  const flush = (): void => {
    writeAll(buffer.subarray(0, buffered));
    buffered = 0;
  };
  return {
    write(bytes) {
      if (buffered + bytes.length > FLUSH_BYTES) flush();
      // What would not fit in the buffer goes straight to the file.
      if (bytes.length > FLUSH_BYTES) writeAll(bytes);
      else {
        if (buffered + bytes.length > buffer.length) {
          const grown = new Uint8Array(FLUSH_BYTES);
          grown.set(buffer.subarray(0, buffered));
          buffer = grown;
        }
        buffer.set(bytes, buffered);
        buffered += bytes.length;
      }
    },
    finish() {
      try {
        flush();
      } finally {
        close();
      }
    },
    // After a failure: the file is closed, unfinished (the stage it is in is thrown away).
    abandon: close,
  };
}
