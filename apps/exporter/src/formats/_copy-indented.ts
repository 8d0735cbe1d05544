import type { BufferedFile } from "../stage/buffered-file";
import { textChunks } from "./_text-chunks";

/**
 * Copies a staged JSON file into another, indenting every line after the first by `indent` and leaving out its
 * final line break: how a whole file's value looks nested one level down. JSON has no raw line breaks in strings.
 */
export async function copyIndented(fromPath: string, to: BufferedFile, indent: string): Promise<void> {
  let held = "";
  for (const chunk of textChunks(fromPath)) {
    const text = held + chunk;
    // The last character waits, in case it is the file's final line break.
    held = text.slice(-1);
    await to.write(text.slice(0, -1).replaceAll("\n", `\n${indent}`));
  }
  await to.write(held === "\n" ? "" : held.replaceAll("\n", `\n${indent}`));
}
