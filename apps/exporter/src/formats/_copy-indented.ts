import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import type { BufferedFile } from "../stage/buffered-file";

const CHUNK_BYTES = 1 << 20;

/**
 * Copies a staged JSON file into another, indenting every line after the first by `indent` and leaving out its
 * final line break: how a whole file's value looks nested one level down. JSON has no raw line breaks in strings.
 */
export async function copyIndented(fromPath: string, to: BufferedFile, indent: string): Promise<void> {
  const handle = await open(fromPath, "r");
  try {
    const decoder = new StringDecoder("utf8");
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let held = "";
    for (let position = 0; ; ) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const text = held + decoder.write(chunk.subarray(0, bytesRead));
      // The last character waits, in case it is the file's final line break.
      held = text.slice(-1);
      await to.write(text.slice(0, -1).replaceAll("\n", `\n${indent}`));
    }
    await to.write(held === "\n" ? "" : held.replaceAll("\n", `\n${indent}`));
  } finally {
    await handle.close();
  }
}
