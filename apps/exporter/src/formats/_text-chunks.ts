import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

/**
 * Chunks read at a time. Below Node's threshold for external strings (about 1 MB), on which V8's searches within a
 * long string get slow.
 */
export const CHUNK_BYTES = 64 * 1024;

/**
 * A file's text, a chunk at a time, read with synchronous calls: the exporter reads back files it has just written
 * (in the page cache), and a round trip to the thread pool for each chunk cost more than reading it.
 */
export function* textChunks(path: string): Generator<string> {
  const descriptor = openSync(path, "r");
  try {
    const decoder = new StringDecoder("utf8");
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const bytesRead = readSync(descriptor, buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      yield decoder.write(buffer.subarray(0, bytesRead));
    }
    const rest = decoder.end();
    if (rest !== "") yield rest;
  } finally {
    closeSync(descriptor);
  }
}
