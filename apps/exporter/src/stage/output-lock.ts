import { linkSync, renameSync, rmSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { ExportError } from "../errors";
import { describeOwner, isMine, ownerIsGone, ownerText } from "./_process-owner";
import { randomHex } from "./_random-hex";
import { readExportersFile, readRegularFile, writeNewFile } from "./_safe-files";

/** In the output directory while an export writes into it: the host and process that hold it. */
export const LOCK_FILE = ".labour-left-export.lock";

/** Holds the output directory for one export at a time; release it when done. */
export interface OutputLock {
  release(): Promise<void>;
}

const uniqueName = (outDir: string, what: string): string =>
  join(outDir, `${LOCK_FILE}.${what}.${process.pid}.${randomHex(6)}`);

/**
 * A whole lock file put in place in one step, as git does: written in full under a name of its own, then linked to
 * the lock's name, which fails if anything (a lock, a link, a FIFO) is there. Where the file system has no hard
 * links, the lock is created exclusively instead.
 */
function placeLock(path: string, outDir: string): boolean {
  const candidate = uniqueName(outDir, "new");
  writeNewFile(candidate, ownerText(), 0o644);
  try {
    linkSync(candidate, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    try {
      writeNewFile(path, ownerText(), 0o644);
      return true;
    } catch (direct) {
      if ((direct as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw direct;
    }
  } finally {
    rmSync(candidate, { force: true });
  }
}

/**
 * Takes over a lock whose process is gone, atomically: the lock is renamed to a name of this process's own, and
 * only if what was renamed is still the stale lock read a moment ago is it removed; a live export's lock that took
 * its place in between is put back.
 */
async function takeOverStale(path: string, outDir: string, stale: string): Promise<void> {
  const aside = uniqueName(outDir, "stale");
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = await readRegularFile(aside).catch(() => undefined);
  if (moved === stale) {
    unlinkSync(aside);
    return;
  }
  // Not the stale lock any more: another export's. Put it back, unless yet another has taken the name.
  ignoringErrors(() => linkSync(aside, path));
  ignoringErrors(() => unlinkSync(aside));
}

/**
 * Takes the output directory's lock, or fails at once if a live export holds it. A lock whose process, on this
 * host, is gone (killed outright) is stale: it is taken over. Anything at the lock's name that is not a regular file
 * stops the export, unread.
 */
export async function lockOutput(outDir: string): Promise<OutputLock> {
  const path = join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      if (placeLock(path, outDir)) return { release: once(() => releaseIfMine(path)) };
    } catch (error) {
      throw new ExportError(`cannot lock the output directory ${outDir}: ${(error as Error).message}`);
    }
    const owner = await readExportersFile(path, "lock");
    if (owner === undefined) continue;
    if (!ownerIsGone(owner)) {
      throw new ExportError(
        `another export (${describeOwner(owner)}) is writing into ${outDir}; wait for it to finish. If no export is running, remove ${path}.`,
      );
    }
    await takeOverStale(path, outDir, owner);
  }
  throw new ExportError(`cannot lock the output directory ${outDir}: another export keeps taking it`);
}

/** Removes the lock only while it is this process's own: never one that another export holds. */
async function releaseIfMine(path: string): Promise<void> {
  const owner = await readRegularFile(path).catch(() => undefined);
  if (isMine(owner)) ignoringErrors(() => unlinkSync(path));
}

function ignoringErrors(action: () => void): void {
  try {
    action();
  } catch {
    // What it would have undone is already so, or is another process's to mind.
  }
}

function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= action();
    return done;
  };
}
