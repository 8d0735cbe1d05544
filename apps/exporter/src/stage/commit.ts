import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { lstatOrUndefined, readRegularFile, replaceFileAtomically } from "./_safe-files";

// How a staged export takes the place of the previous one. Each top-level entry of the export (a file, or a
// folder such as csv/) is moved whole, by renames inside the output folder: a rename moves what stands at a name
// and never writes through it, so no link put in the output folder, before or during the move, is followed. A
// journal written before the first move lets a later export finish the moves that a killed one began.

const JOURNAL = "journal.json";

interface Journal {
  readonly writtenBy: "@labour-left/exporter";
  /** The export's top-level entries, in the order they move. */
  readonly entries: readonly string[];
  /** Every file the export wrote, for the record of what the exporter owns. */
  readonly files: readonly string[];
}

const paths = (staging: string, outDir: string, entry: string) => ({
  staged: join(staging, "new", entry),
  previous: join(staging, "previous", entry),
  aside: join(staging, "aside", entry),
  target: join(outDir, entry),
});

/**
 * Moves one entry into place. What stood there goes aside into the staging folder first; what the export does not
 * replace in a folder (a file of the user's, or of an earlier export) is carried into the new folder, files by hard
 * link so that the previous folder stays whole until the export is done. Safe to run again after an interruption.
 */
async function moveEntry(staging: string, outDir: string, entry: string): Promise<void> {
  const at = paths(staging, outDir, entry);
  const staged = await lstatOrUndefined(at.staged);
  if (staged === undefined) return;
  mkdirSync(join(staging, "previous"), { recursive: true });
  if (await lstatOrUndefined(at.target)) {
    if (await lstatOrUndefined(at.previous))
      throw new Error(`${at.target} appeared while the export was moving into place`);
    renameSync(at.target, at.previous);
  }
  const previous = await lstatOrUndefined(at.previous);
  if (staged.isDirectory() && previous?.isDirectory()) {
    for (const name of readdirSync(at.previous)) {
      const from = join(at.previous, name);
      const to = join(at.staged, name);
      if (await lstatOrUndefined(to)) continue;
      const kind = await lstatOrUndefined(from);
      if (kind?.isFile()) linkOrCopy(from, to);
      else renameSync(from, to);
    }
  }
  renameSync(at.staged, at.target);
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Puts back what the moves replaced, newest first: the previous export as it was, the user's files where they were. */
async function rollBack(staging: string, outDir: string, entries: readonly string[]): Promise<void> {
  mkdirSync(join(staging, "aside"), { recursive: true });
  for (const entry of [...entries].reverse()) {
    const at = paths(staging, outDir, entry);
    if ((await lstatOrUndefined(at.staged)) === undefined && (await lstatOrUndefined(at.target))) {
      renameSync(at.target, at.aside);
      // What was carried over by a rename (a folder or link of the user's) goes back into the previous folder.
      if ((await lstatOrUndefined(at.aside))?.isDirectory() && (await lstatOrUndefined(at.previous))?.isDirectory()) {
        for (const name of readdirSync(at.aside)) {
          const back = join(at.previous, name);
          if ((await lstatOrUndefined(back)) === undefined) renameSync(join(at.aside, name), back);
        }
      }
    }
    if ((await lstatOrUndefined(at.previous)) && (await lstatOrUndefined(at.target)) === undefined)
      renameSync(at.previous, at.target);
  }
}

const topLevelEntries = (files: readonly string[]): string[] => [
  ...new Set(files.map((file) => file.split("/")[0] as string)),
];

/**
 * Moves a staged export into `outDir`, then records what it wrote (`record`). On a failure the previous files are
 * put back; a process killed during the moves leaves its journal for `finishInterrupted` to complete.
 */
export async function commit(
  staging: string,
  outDir: string,
  files: readonly string[],
  record: (files: readonly string[]) => Promise<void>,
): Promise<void> {
  const journal: Journal = { writtenBy: "@labour-left/exporter", entries: topLevelEntries(files), files };
  await replaceFileAtomically(join(staging, JOURNAL), JSON.stringify(journal));
  try {
    for (const entry of journal.entries) await moveEntry(staging, outDir, entry);
  } catch (error) {
    await rollBack(staging, outDir, journal.entries);
    throw error;
  }
  await record(files);
}

/**
 * Finishes the moves of an export killed while moving into place (its staging folder holds a journal): every entry
 * reaches its place, then the record is written. Returns false when the folder holds no journal (nothing moved).
 */
export async function finishInterrupted(
  staging: string,
  outDir: string,
  record: (files: readonly string[]) => Promise<void>,
): Promise<boolean> {
  const text = await readRegularFile(join(staging, JOURNAL)).catch(() => undefined);
  if (text === undefined) return false;
  const journal = JSON.parse(text) as Journal;
  if (journal.writtenBy !== "@labour-left/exporter" || !Array.isArray(journal.entries)) return false;
  for (const entry of journal.entries) {
    if (typeof entry !== "string" || entry.includes("/") || entry === "..")
      throw new Error(`${staging}: a journal entry names no entry`);
    await moveEntry(staging, outDir, entry);
  }
  await record(journal.files);
  return true;
}
