import { mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ownerText } from "./_process-owner";

/** Names the staging folders of exports into an output directory. */
const STAGING_PREFIX = ".labour-left-export-";

/** In each staging folder: the host and process that made it, so that a later export can tell it was abandoned. */
const OWNER_FILE = "owner";

/** A new staging folder in `outDir`, which records that this process, on this host, made it. */
export async function makeStagingFolder(outDir: string): Promise<string> {
  const staging = await mkdtemp(join(outDir, STAGING_PREFIX));
  try {
    // Renamed into place, so that the owner file is never seen half written.
    await writeFile(join(staging, `${OWNER_FILE}.new`), ownerText());
    await rename(join(staging, `${OWNER_FILE}.new`), join(staging, OWNER_FILE));
    return staging;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Removes the staging folders in `outDir` that exports killed outright (SIGKILL, a crash, a second signal) left
 * behind. Called only while holding the output directory's lock, so no live export owns any of them.
 */
export async function removeAbandonedStages(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => []);
  for (const name of names.filter((entry) => entry.startsWith(STAGING_PREFIX))) {
    // Best effort: a folder that cannot be removed does not stop the export.
    await rm(join(outDir, name), { recursive: true, force: true }).catch(() => undefined);
  }
}
