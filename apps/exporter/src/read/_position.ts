import type { FileHandle } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";

const CHUNK_BYTES = 1 << 20;

/** Line and column (1-based, columns in characters) of a byte offset, read a chunk at a time. */
export async function lineAndColumnAt(handle: FileHandle, offset: number): Promise<{ line: number; column: number }> {
  let line = 1;
  let column = 1;
  const decoder = new StringDecoder("utf8");
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let read = 0; read < offset; ) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(CHUNK_BYTES, offset - read), read);
    if (bytesRead === 0) break;
    read += bytesRead;
    const text = decoder.write(chunk.subarray(0, bytesRead));
    const lastNewline = text.lastIndexOf("\n");
    if (lastNewline === -1) column += text.length;
    else {
      line += text.split("\n").length - 1;
      column = text.length - lastNewline;
    }
  }
  return { line, column };
}
