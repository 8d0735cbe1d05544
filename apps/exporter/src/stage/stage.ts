import { existsSync, mkdirSync, rmdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { ExportError } from "../errors";
import { BufferedFile } from "./buffered-file";
import { commit } from "./commit";
import { lockOutput } from "./output-lock";
import { readOwnership } from "./ownership";
import { makeStagingFolder, recoverAbandonedStages } from "./staging-folders";

/** A file the export wrote: its path in the output directory, its data rows or records, and its size. */
export interface WrittenFile {
  readonly path: string;
  readonly rows: number | undefined;
  readonly bytes: number;
}

/** Where an export writes its files before they are moved into place together. */
export interface Stage {
  /** Creates a file of the export at `path` (relative, with forward slashes); `rows` is asked once it is written. */
  create(path: string, rows?: () => number): Promise<BufferedFile>;
  /** Counts in a file that another thread wrote at its staged path. */
  adopt(file: WrittenFile): void;
  /** The staged copy of a file, to read back or to write from another thread. */
  stagedPath(path: string): string;
  /** A folder for working files that are not part of the export. */
  readonly scratch: string;
  /**
   * Keeps files whose path starts with `prefix` out of the export: made as usual, read by other formats (the
   * database and Parquet files are made from the CSV tables), never moved into place.
   */
  withhold(prefix: string): void;
}

/** The stage in a staging folder, and how to close every file made through it. */
export function openStage(staging: string): {
  stage: Stage;
  closeAll(): Promise<WrittenFile[]>;
  destroyAll(): void;
} {
  const files: { path: string; file: BufferedFile; rows: (() => number) | undefined }[] = [];
  const adopted: WrittenFile[] = [];
  const withheld: string[] = [];
  const kept = (path: string): boolean => !withheld.some((prefix) => path.startsWith(prefix));
  const stagedPath = (path: string): string => join(staging, "new", path);
  return {
    stage: {
      scratch: join(staging, "scratch"),
      stagedPath,
      async create(path, rows) {
        mkdirSync(dirname(stagedPath(path)), { recursive: true });
        const file = new BufferedFile(stagedPath(path));
        files.push({ path, file, rows });
        return file;
      },
      adopt: (file) => adopted.push(file),
      withhold: (prefix) => withheld.push(prefix),
    },
    async closeAll() {
      const written = [...adopted];
      for (const { path, file, rows } of files) written.push({ path, rows: rows?.(), bytes: await file.close() });
      return written.filter((file) => kept(file.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
    },
    destroyAll() {
      for (const { file } of files) file.destroy();
    },
  };
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs `build` against a staging folder inside `outDir`, then moves every file it made into place, keeping what
 * they replace until all have moved. One export at a time holds `outDir` (a lock file); a file in the way that the
 * exporter did not write stops the export before anything changes. On any failure the previous files are put back
 * and nothing else is touched; an output directory made for this export is removed again. Aborting `signal` is
 * such a failure, with its reason. Staging folders that killed exports left behind are removed first.
 */
export async function writeThroughStage(
  outDir: string,
  build: (stage: Stage) => Promise<void>,
  signal?: AbortSignal,
): Promise<WrittenFile[]> {
  const created = !existsSync(outDir);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new ExportError(`cannot create the output directory ${outDir}: ${reasonOf(error)}`);
  }
  const removeIfCreated = async (): Promise<void> => {
    if (created) {
      try {
        rmdirSync(outDir);
      } catch {
        // Not empty after all, or gone: either way, not this export's to remove.
      }
    }
  };
  let lock: Awaited<ReturnType<typeof lockOutput>>;
  try {
    lock = await lockOutput(outDir);
  } catch (error) {
    await removeIfCreated();
    throw error;
  }
  let written: WrittenFile[];
  try {
    await recoverAbandonedStages(outDir, async (files) => (await readOwnership(outDir)).record(files));
    written = await buildAndMove(outDir, build, signal);
  } catch (error) {
    await lock.release();
    await removeIfCreated();
    throw error;
  }
  await lock.release();
  return written;
}

async function buildAndMove(
  outDir: string,
  build: (stage: Stage) => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<WrittenFile[]> {
  const ownership = await readOwnership(outDir);
  let staging: string;
  try {
    staging = await makeStagingFolder(outDir);
  } catch (error) {
    throw new ExportError(`cannot write in the output directory ${outDir}: ${reasonOf(error)}`);
  }
  const { stage, closeAll, destroyAll } = openStage(staging);
  try {
    mkdirSync(stage.scratch);
    await build(stage);
    const written = await closeAll();
    await ownership.checkReplaceable(written.map((file) => file.path));
    // The last moment to stop: after it, every file moves into place.
    signal?.throwIfAborted();
    await commit(
      staging,
      outDir,
      written.map((file) => file.path),
      (files) =>
        ownership.record(files).catch((error: unknown) => {
          throw new ExportError(
            `the export was moved into ${outDir}, but its record of the files it wrote could not be written: ${reasonOf(error)}`,
          );
        }),
    ).catch((error: unknown) => {
      if (error instanceof ExportError) throw error;
      throw new ExportError(
        `could not move the export into ${outDir}; the previous files were restored: ${reasonOf(error)}`,
      );
    });
    return written;
  } catch (error) {
    destroyAll();
    // Whatever broke as the export was being stopped, stopping is what happened.
    if (signal?.aborted) throw signal.reason;
    throw error instanceof ExportError
      ? error
      : new ExportError(`could not write the export to ${outDir}: ${reasonOf(error)}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
