import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { lstat, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ExportError } from "../errors";

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
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "ELOOP" || code === "EISDIR") throw new NotARegularFile(path);
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) throw new NotARegularFile(path);
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
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
export const lstatOrUndefined = (path: string) =>
  lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });

/**
 * Writes a file in `dirname(path)` under a name no one else can have made (created exclusively, so that nothing
 * in its place, a link least of all, is written through), then renames it over `path`: a reader sees the old file
 * or the new one, whole, and a link at `path` is replaced, never followed.
 */
export async function replaceFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.new`);
  const handle = await open(
    temporary,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    0o644,
  );
  try {
    await handle.writeFile(text);
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}
