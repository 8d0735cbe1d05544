import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { ExportError } from "../errors";
import { randomHex } from "./_random-hex";

// The exporter's own small files (its record, its lock, a journal) are read and written with synchronous calls:
// each is a few system calls, and a round trip to the thread pool for each cost more than the rest of their work.

/** Thrown when what stands at a path the exporter reads or writes is not a regular file (a link, a FIFO, a folder). */
export class NotARegularFile extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a regular file`);
  }
}

/**
 * A small file's text, or undefined when nothing is there. Never follows a link and never waits on a FIFO or a
 * device: the file is opened without following links, without blocking, and checked to be a regular file.
 */
export async function readRegularFile(path: string): Promise<string | undefined> {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "ELOOP" || code === "EISDIR") throw new NotARegularFile(path);
    throw error;
  }
  try {
    if (!fstatSync(descriptor).isFile()) throw new NotARegularFile(path);
    return readFileSync(descriptor, "utf8");
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The text of a file the exporter keeps in the output folder (its record, its lock), or undefined when there is
 * none; anything else at its name (a link, a FIFO, a folder) stops the export, unread, naming what the file is for.
 */
export async function readExportersFile(path: string, what: string): Promise<string | undefined> {
  try {
    return await readRegularFile(path);
  } catch (error) {
    if (error instanceof NotARegularFile)
      throw new ExportError(
        `${path} is not the exporter's ${what} (not a regular file); move it away, or export into another folder`,
      );
    throw error;
  }
}

/** What stands at `path`, without following a link: undefined when nothing does. */
export const lstatOrUndefined = async (path: string): Promise<Stats | undefined> =>
  lstatSync(path, { throwIfNoEntry: false });

/**
 * Writes a file in `dirname(path)` under a name no one else can have made (created exclusively, so that nothing
 * in its place, a link least of all, is written through), then renames it over `path`: a reader sees the old file
 * or the new one, whole, and a link at `path` is replaced, never followed.
 */
export async function replaceFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomHex(6)}.new`);
  writeNewFile(temporary, text, 0o644);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes a whole file at a path where nothing may be: created exclusively, never through a link; removed again if
 * the write fails. Throws EEXIST when something is there.
 */
export function writeNewFile(path: string, text: string, mode: number): void {
  const descriptor = openSync(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    mode,
  );
  try {
    writeFileSync(descriptor, text);
  } catch (error) {
    closeSync(descriptor);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(descriptor);
}
