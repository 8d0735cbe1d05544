import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Stage } from "../stage/stage";
import { TABLES } from "../tables/index";
import { csvPathOf, shareTablesByBytes } from "./_table-shares";
import type { ExportContext, FormatWriter, TableWorkers } from "./_writer";
import type { CsvOptions } from "./csv";
import { loadSqlitePart, mergeSqliteParts } from "./sqlite-load";
import { writeDatasetteMetadata } from "./sqlite-metadata";

export const SQLITE_FILE = "labour-left.db";

/**
 * `labour-left.db`: a SQLite database with a table per CSV table (declared types, primary and foreign keys, an
 * index on each foreign key) and views for the questions people ask most, beside Datasette's `metadata.json`.
 * Made from the sorted CSV tables, read as streams and written straight to disk, so the same input gives the same
 * bytes and no table is held in memory. The tables are loaded into databases of their own (one per worker thread,
 * each with a share of the tables, or one in this thread), which are then copied into one (by a worker, where there
 * are workers, so that this thread never loads the database engine).
 */
export function createSqliteWriter(stage: Stage, csv: CsvOptions, workers?: TableWorkers): FormatWriter {
  return {
    add: () => undefined,
    async finish(context: ExportContext) {
      const path = stage.stagedPath(SQLITE_FILE);
      // One share of every table without worker threads: the database is always copied together from its parts,
      // so that it has the same bytes whichever way it was made.
      const shares = workers ? await shareTablesByBytes(stage, workers.size) : [TABLES.map((table) => table.name)];
      const partPaths = shares.map((_share, index) => join(stage.scratch, `sqlite-part-${index}.db`));
      const csvTables = { pathOf: csvPathOf(stage), guarded: csv.guardFormulas ?? true };
      try {
        let rows: number;
        if (workers) rows = await workers.buildSqlite(path, shares, partPaths);
        else {
          rows = await loadSqlitePart(partPaths[0] as string, TABLES, csvTables);
          await mergeSqliteParts(path, shares, partPaths);
        }
        stage.adopt({ path: SQLITE_FILE, rows, bytes: (await stat(path)).size });
      } finally {
        await Promise.all(partPaths.map((part) => rm(part, { force: true })));
      }
      await writeDatasetteMetadata(stage, context);
    },
  };
}
