import { mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

/** Names the staging folders of exports into an output directory. */
const STAGING_PREFIX = ".labour-left-export-";

/** In each staging folder: the host and process that made it, so that a later export can tell it was abandoned. */
const OWNER_FILE = "owner";

/** A new staging folder in `outDir`, which records that this process, on this host, made it. */
export async function makeStagingFolder(outDir: string): Promise<string> {
  const staging = await mkdtemp(join(outDir, STAGING_PREFIX));
  try {
    // Renamed into place, so that the owner file is never seen half written.
    await writeFile(join(staging, `${OWNER_FILE}.new`), `${hostname()}\n${process.pid}\n`);
    await rename(join(staging, `${OWNER_FILE}.new`), join(staging, OWNER_FILE));
    return staging;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Removes the staging folders in `outDir` left by exports that were killed outright (SIGKILL, a crash): those whose
 * owner, on this host, is no longer running. A folder of a running export, of another host (a shared disk) or
 * without an owner file is left alone.
 */
export async function removeAbandonedStages(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => []);
  for (const name of names.filter((entry) => entry.startsWith(STAGING_PREFIX))) {
    const staging = join(outDir, name);
    const owner = await readFile(join(staging, OWNER_FILE), "utf8").catch(() => undefined);
    const [host, pid] = owner?.split("\n") ?? [];
    if (host === hostname() && pid !== undefined && !isRunning(Number(pid))) {
      // Best effort: a folder that cannot be removed does not stop the export.
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
