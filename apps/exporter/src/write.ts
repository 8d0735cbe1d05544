import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rename, rm, rmdir, stat } from "node:fs/promises";
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
export async function writeFilesAtomically(outDir: string, files: readonly ExportFile[]): Promise<Map<string, number>> {
  const created = !(await exists(outDir));
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new ExportError(`cannot create the output directory ${outDir}: ${reasonOf(error)}`);
  }
  try {
    return await writeThroughStaging(outDir, files);
  } catch (error) {
    // A directory made for this export goes again if the export failed (rmdir removes it only when empty).
    if (created) await rmdir(outDir).catch(() => undefined);
    throw error;
  }
}

async function writeThroughStaging(outDir: string, files: readonly ExportFile[]): Promise<Map<string, number>> {
  const bytes = new Map<string, number>();
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
      bytes.set(file.path, await writeChunks(staged, file.chunks()));
    }
    await moveIntoPlace(outDir, staging, files);
    return bytes;
  } catch (error) {
    throw error instanceof ExportError
      ? error
      : new ExportError(`could not write the export to ${outDir}: ${reasonOf(error)}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Writes the pieces of a file as they are made, waiting when the disk falls behind; returns the bytes written. */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<number> {
  const stream = createWriteStream(path);
  const failed = once(stream, "error").then(([error]) => Promise.reject(error));
  failed.catch(() => undefined);
  let bytes = 0;
  try {
    for (const chunk of chunks) {
      bytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), failed]);
    }
    stream.end();
    await Promise.race([once(stream, "finish"), failed]);
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return bytes;
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
