import { mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ExportError } from "./errors";
import type { ExportFile } from "./formats/index";

const STAGING_PREFIX = ".labour-left-export-";

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes every file into a staging folder inside `outDir`, then moves each into place, keeping what it replaces
 * until all have moved. On any failure the previous files are put back and nothing else is touched.
 */
export async function writeFilesAtomically(outDir: string, files: readonly ExportFile[]): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new ExportError(`cannot create the output directory ${outDir}: ${reasonOf(error)}`);
  }
  let staging: string;
  try {
    staging = await mkdtemp(join(outDir, STAGING_PREFIX));
  } catch (error) {
    throw new ExportError(`cannot write in the output directory ${outDir}: ${reasonOf(error)}`);
  }
  try {
    for (const file of files) {
      const staged = join(staging, "new", file.path);
      await mkdir(dirname(staged), { recursive: true });
      await writeFile(staged, file.content);
    }
    await moveIntoPlace(outDir, staging, files);
  } catch (error) {
    throw error instanceof ExportError
      ? error
      : new ExportError(`could not write the export to ${outDir}: ${reasonOf(error)}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function moveIntoPlace(outDir: string, staging: string, files: readonly ExportFile[]): Promise<void> {
  const moved: { target: string; backup?: string }[] = [];
  try {
    for (const file of files) {
      const target = join(outDir, file.path);
      const backup = join(staging, "previous", file.path);
      await mkdir(dirname(target), { recursive: true });
      const hadPrevious = await exists(target);
      if (hadPrevious) {
        await mkdir(dirname(backup), { recursive: true });
        await rename(target, backup);
      }
      moved.push(hadPrevious ? { target, backup } : { target });
      await rename(join(staging, "new", file.path), target);
    }
  } catch (error) {
    // Put back what was there before, newest first; a file that did not exist before is removed again.
    for (const { target, backup } of moved.reverse()) {
      if (backup) await rename(backup, target).catch(() => undefined);
      else await rm(target, { force: true }).catch(() => undefined);
    }
    throw new ExportError(
      `could not move the export into ${outDir}; the previous files were restored: ${reasonOf(error)}`,
    );
  }
}
