import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Stage } from "../stage/stage";
import { TABLES } from "../tables/index";
import { csvPathOf, shareTablesByBytes } from "./_table-shares";
import type { ExportContext, FormatWriter, TableWorkers } from "./_writer";
import type { CsvOptions } from "./csv";
import { closeDatabase, createDatabase, type Database, loadSqlitePart } from "./sqlite-load";
import { writeDatasetteMetadata } from "./sqlite-metadata";
import { createIndexesSql, createTableSql, quoteName } from "./sqlite-schema";
import { SQLITE_VIEWS } from "./sqlite-views";

export const SQLITE_FILE = "labour-left.db";

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * Fills `db` from databases that each hold some of the tables, made in other threads: with the same tables and
 * indexes on both sides and nothing in `db` yet, SQLite copies each table's and index's records as they are
 * (its transfer optimisation) instead of inserting them row by row.
 */
function mergeParts(db: Database, shares: readonly (readonly string[])[], paths: readonly string[]): void {
  db.exec([...TABLES.map(createTableSql), ...TABLES.flatMap(createIndexesSql)].join("\n"));
  paths.forEach((path, index) => db.exec(`ATTACH ${sqlString(path)} AS part${index}`));
  db.exec("BEGIN");
  for (const table of TABLES) {
    const part = shares.findIndex((share) => share.includes(table.name));
    db.exec(`INSERT INTO main.${quoteName(table.name)} SELECT * FROM part${part}.${quoteName(table.name)}`);
  }
  db.exec("COMMIT");
  paths.forEach((_path, index) => db.exec(`DETACH part${index}`));
}

/**
 * `labour-left.db`: a SQLite database with a table per CSV table (declared types, primary and foreign keys, an
 * index on each foreign key) and views for the questions people ask most, beside Datasette's `metadata.json`.
 * Made from the sorted CSV tables, read as streams and written straight to disk, so the same input gives the same
 * bytes and no table is held in memory. The tables are loaded into databases of their own (one per worker thread,
 * each with a share of the tables, or one in this thread), which this thread then copies into one.
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
        const rows = workers
          ? await workers.loadSqliteParts(shares, partPaths)
          : await loadSqlitePart(partPaths[0] as string, TABLES, csvTables);
        const db = await createDatabase(path);
        try {
          mergeParts(db, shares, partPaths);
          db.exec(SQLITE_VIEWS.map((view) => view.sql).join("\n"));
        } finally {
          await closeDatabase(db, path);
        }
        stage.adopt({ path: SQLITE_FILE, rows, bytes: (await stat(path)).size });
      } finally {
        await Promise.all(partPaths.map((part) => rm(part, { force: true })));
      }
      await writeDatasetteMetadata(stage, context);
    },
  };
}
