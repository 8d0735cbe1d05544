import { open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { ExportError } from "../errors";
import { describeOwner, ownerIsGone, ownerText } from "./_process-owner";

/** In the output directory while an export writes into it: the host and process that hold it. */
export const LOCK_FILE = ".labour-left-export.lock";

/** Holds the output directory for one export at a time; release it when done. */
export interface OutputLock {
  release(): Promise<void>;
}

/**
 * Takes the output directory's lock, or fails at once if a live export holds it. A lock whose process, on this
 * host, is gone (killed outright) is stale: it is taken over.
 */
export async function lockOutput(outDir: string): Promise<OutputLock> {
  const path = join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(ownerText());
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new ExportError(`cannot lock the output directory ${outDir}: ${(error as Error).message}`);
      }
      const owner = await readFile(path, "utf8").catch(() => undefined);
      if (!ownerIsGone(owner)) {
        throw new ExportError(
          `another export (${describeOwner(owner)}) is writing into ${outDir}; wait for it to finish. If no export is running, remove ${path}.`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new ExportError(`cannot lock the output directory ${outDir}: another export keeps taking it`);
}
