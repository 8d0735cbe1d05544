import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ExportError } from "../errors";
import { openPipe } from "./_pipe-input";

/** The name that stands for standard input, as in most command-line tools. */
export const STANDARD_INPUT = "-";

/** A file to read: where its bytes are, and how messages name it (the user's own words for it). */
export interface InputFile {
  readonly path: string;
  readonly name: string;
}

/** How messages name what a user gave as input: `-` is standard input. */
export const inputName = (path: string): string => (path === STANDARD_INPUT ? "standard input" : path);

/** Rejects with the signal's reason once it is aborted. */
const rejectOnAbort = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs `read` on a regular file holding what `path` holds. A dataset is read at offsets, and more than once, which
 * a stream does not allow: so standard input (`-`), a pipe (`/dev/stdin`, a shell's `<(...)`) or a named FIFO is
 * first copied whole into a private temporary folder, removed again afterwards. A device is refused.
 */
export async function withInputFile<T>(
  path: string,
  read: (file: InputFile) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const name = inputName(path);
  if (path !== STANDARD_INPUT) {
    // Links are followed here: /dev/stdin is one, to the pipe it stands for.
    const kind = await stat(path).catch(() => undefined);
    // A file that cannot be found or read is reported by the reader, in its words.
    if (kind === undefined || kind.isFile()) return read({ path, name });
    if (kind.isDirectory()) throw new ExportError(`cannot read ${name}: it is a folder, not a file`);
    if (!kind.isFIFO() && !kind.isSocket())
      throw new ExportError(`cannot read ${name}: it is a device; give a file, a pipe, or - for standard input`);
  }
  const folder = await mkdtemp(join(tmpdir(), "labour-left-input-"));
  try {
    const copy = join(folder, "input.json");
    await copyPipe(path, name, copy, signal);
    return await read({ path: copy, name });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Copies everything a pipe gives into a new private file; stopping does not wait for the pipe. */
async function copyPipe(path: string, name: string, copy: string, signal: AbortSignal | undefined): Promise<void> {
  let stream: Readable | undefined;
  try {
    const pipe = await openPipe(path, name, signal);
    stream = pipe.stream;
    await writeFile(copy, pipe.prefix, { flag: "wx", mode: 0o600 });
    const copied = pipeline(stream, createWriteStream(copy, { flags: "a" }));
    copied.catch(() => undefined);
    await (signal ? Promise.race([copied, rejectOnAbort(signal)]) : copied);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof ExportError) throw error;
    throw new ExportError(`cannot read ${name}: ${reasonOf(error)}`);
  } finally {
    if (stream !== process.stdin) stream?.destroy();
  }
}
