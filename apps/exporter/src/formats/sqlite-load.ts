import { chmod } from "node:fs/promises";
import { type Cell, TABLES, type Table } from "../tables/index";
import { csvTableRowBatches } from "./_csv-table-rows";
import { openSqlite, type SqliteDatabase } from "./_sqlite-engine";
import { createIndexesSql, createTableSql, quoteName } from "./sqlite-schema";
import { SQLITE_VIEWS } from "./sqlite-views";

/**
 * A new database file, set up for one writer loading it in one go: no journal (a failed export throws the file
 * away), no syncing, the lock taken once, and 16 KiB pages (a quarter of the writes of the default's).
 */
export async function createDatabase(path: string): Promise<SqliteDatabase> {
  const db = await openSqlite(path);
  db.exec(
    "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA foreign_keys = OFF;",
  );
  return db;
}

/** Closes a database made by `createDatabase`, readable by whoever may read the other files (the engine makes it private). */
export async function closeDatabase(db: SqliteDatabase, path: string): Promise<void> {
  db.close();
  await chmod(path, 0o644);
}

/** Rows per INSERT: each statement run crosses into the engine once for many rows. */
const ROWS_PER_INSERT = 64;

// SQLite has no boolean: STRICT tables keep them as 0 and 1.
const sqlValue = (cell: Cell): string | number | null =>
  cell === undefined ? null : typeof cell === "boolean" ? (cell ? 1 : 0) : cell;

const insertSql = (table: Table<unknown, unknown>, rowCount: number): string => {
  const tuple = `(${table.columns.map(() => "?").join(", ")})`;
  return `INSERT INTO ${quoteName(table.name)} VALUES ${Array.from({ length: rowCount }, () => tuple).join(", ")}`;
};

/** Inserts a table's rows as they come, ROWS_PER_INSERT to a statement; returns how many. */
async function insertRows(
  db: SqliteDatabase,
  table: Table<unknown, unknown>,
  batches: AsyncIterable<Cell[][]>,
): Promise<number> {
  const insert = db.prepare(insertSql(table, ROWS_PER_INSERT));
  const values: (string | number | null)[] = [];
  let rows = 0;
  try {
    for await (const batch of batches) {
      for (const row of batch) {
        for (const cell of row) values.push(sqlValue(cell));
        rows += 1;
        if (rows % ROWS_PER_INSERT === 0) {
          insert.run(values);
          values.length = 0;
        }
      }
    }
  } finally {
    insert.finalize();
  }
  if (values.length > 0) db.run(insertSql(table, rows % ROWS_PER_INSERT), values);
  return rows;
}

/** Where a table's CSV file is, and whether its text cells carry the formula guard. */
export interface CsvTables {
  readonly pathOf: (table: Table<unknown, unknown>) => string;
  readonly guarded: boolean;
}

/**
 * A database at `path` holding these tables with their indexes, each loaded from its CSV file in one transaction;
 * the indexes are made after the rows, which is quicker than keeping them up to date row by row. Returns the rows.
 */
export async function loadSqlitePart(
  path: string,
  tables: readonly Table<unknown, unknown>[],
  csv: CsvTables,
): Promise<number> {
  const db = await createDatabase(path);
  let rows = 0;
  try {
    db.exec(tables.map(createTableSql).join("\n"));
    db.exec("BEGIN");
    for (const table of tables)
      rows += await insertRows(db, table, csvTableRowBatches(csv.pathOf(table), table, csv.guarded));
    db.exec(tables.flatMap(createIndexesSql).join("\n"));
    db.exec("COMMIT");
  } finally {
    await closeDatabase(db, path);
  }
  return rows;
}

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * The database at `path`, every table with its indexes and the views, filled from databases that each hold a share
 * of the tables (made by `loadSqlitePart`): with the same tables and indexes on both sides and nothing in the new
 * database yet, SQLite copies each table's and index's records as they are (its transfer optimisation) instead of
 * inserting them row by row, in the same order whatever the shares were.
 */
export async function mergeSqliteParts(
  path: string,
  shares: readonly (readonly string[])[],
  partPaths: readonly string[],
): Promise<void> {
  const db = await createDatabase(path);
  try {
    db.exec([...TABLES.map(createTableSql), ...TABLES.flatMap(createIndexesSql)].join("\n"));
    partPaths.forEach((part, index) => db.exec(`ATTACH ${sqlString(part)} AS part${index}`));
    db.exec("BEGIN");
    for (const table of TABLES) {
      const part = shares.findIndex((share) => share.includes(table.name));
      db.exec(`INSERT INTO main.${quoteName(table.name)} SELECT * FROM part${part}.${quoteName(table.name)}`);
    }
    db.exec("COMMIT");
    partPaths.forEach((_part, index) => db.exec(`DETACH part${index}`));
    db.exec(SQLITE_VIEWS.map((view) => view.sql).join("\n"));
  } finally {
    await closeDatabase(db, path);
  }
}
