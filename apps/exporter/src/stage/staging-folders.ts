import { mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ExportError } from "../errors";
import { isOwnerText, ownerIsGone, ownerText } from "./_process-owner";
import { lstatOrUndefined, readRegularFile, writeNewFile } from "./_safe-files";
import { finishInterrupted } from "./commit";

/** Names the staging folders of exports into an output directory: this prefix and mkdtemp's six characters. */
const STAGING_PREFIX = ".labour-left-export-";
const STAGING_NAME = /^\.labour-left-export-[A-Za-z0-9]{6}$/;

/** In each staging folder: the host and process that made it, so that a later export can tell it was abandoned. */
const OWNER_FILE = "owner";

/** A new staging folder in `outDir` (private to this user), which records that this process, on this host, made it. */
export async function makeStagingFolder(outDir: string): Promise<string> {
  const staging = mkdtempSync(join(outDir, STAGING_PREFIX));
  try {
    // Written whole under another name, then renamed: an export killed at any instant leaves a whole owner file or
    // none, never a part of one that a later export could not read as the exporter's.
    writeNewFile(join(staging, `${OWNER_FILE}.new`), ownerText(), 0o600);
    renameSync(join(staging, `${OWNER_FILE}.new`), join(staging, OWNER_FILE));
    return staging;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The staging folders in `outDir` that an export killed outright (SIGKILL, a crash) left behind: folders by the
 * exporter's naming, holding an owner file in the exporter's form, whose process is gone. Anything else, whatever
 * its name, is not the exporter's to remove.
 */
async function abandonedStages(outDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of readdirOrEmpty(outDir)) {
    if (!STAGING_NAME.test(name)) continue;
    const path = join(outDir, name);
    if (!(await lstatOrUndefined(path))?.isDirectory()) continue;
    const owner = await readRegularFile(join(path, OWNER_FILE)).catch(() => undefined);
    if (isOwnerText(owner) && ownerIsGone(owner)) found.push(path);
  }
  return found;
}

/**
 * Deals with what killed exports left, while holding the output directory's lock: an export killed while moving
 * into place is finished (its journal says what was left to move), and its staging folder, like any other
 * abandoned one, is removed.
 */
export async function recoverAbandonedStages(
  outDir: string,
  record: (files: readonly string[]) => Promise<void>,
): Promise<void> {
  for (const staging of await abandonedStages(outDir)) {
    try {
      await finishInterrupted(staging, outDir, record);
    } catch (error) {
      throw new ExportError(
        `an export that was stopped while moving into ${outDir} could not be finished (${(error as Error).message}); its files are in ${staging}`,
      );
    }
    rmSync(staging, { recursive: true, force: true });
  }
}

function readdirOrEmpty(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
