import { closeSync, openSync, writeSync } from "node:fs";
import type { ByteWriter } from "hyparquet-writer";

/** Bytes gathered before they go to the file, and the buffer's first size. */
const FLUSH_BYTES = 1 << 20;

/**
 * hyparquet-writer's writer, onto a new file of the stage: created exclusively (never opened over anything already
 * there, a link least of all), kept open, written a megabyte at a time. Its `offset` is the file's size once it is
 * finished. (The package's own file writer opens the file again for every megabyte, following links.)
 */
export function stagedParquetFile(
  Writer: typeof ByteWriter,
  path: string,
): { readonly writer: ByteWriter; abandon(): void } {
  const descriptor = openSync(path, "wx");
  let open = true;
  const close = (): void => {
    if (open) closeSync(descriptor);
    open = false;
  };
  const writer = new Writer(FLUSH_BYTES * 2);
  const flush = (): void => {
    let written = 0;
    while (written < writer.index)
      written += writeSync(descriptor, new Uint8Array(writer.buffer, written, writer.index - written));
    writer.index = 0;
  };
  const grow = writer.ensure.bind(writer);
  writer.ensure = (size: number): void => {
    if (writer.index > FLUSH_BYTES) flush();
    grow(size);
  };
  writer.finish = (): void => {
    try {
      flush();
    } finally {
      close();
    }
  };
  // After a failure: the file is closed, unfinished (the stage it is in is thrown away).
  return { writer, abandon: close };
}
