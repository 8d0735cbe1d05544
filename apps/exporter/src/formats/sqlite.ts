import { chmod, stat } from "node:fs/promises";
import type { Stage } from "../stage/stage";
import { type Cell, type FieldType, TABLES, type Table } from "../tables/index";
import { commonJsExports } from "./_common-js";
import { csvTableRows } from "./_csv-table-rows";
import type { ExportContext, FormatWriter } from "./_writer";
import type { CsvOptions } from "./csv";
import { writeDatasetteMetadata } from "./sqlite-metadata";
import { SQLITE_VIEWS } from "./sqlite-views";

export const SQLITE_FILE = "labour-left.db";

const SQL_TYPES: Record<FieldType, string> = { string: "TEXT", integer: "INTEGER", number: "REAL", boolean: "INTEGER" };

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

function createTableSql(table: Table<unknown, unknown>): string {
  const columns = table.columns.map((column) => `  ${quote(column.name)} ${SQL_TYPES[column.type]}`);
  const primaryKey = `  PRIMARY KEY (${table.primaryKey.map(quote).join(", ")})`;
  const foreignKeys = table.foreignKeys.map(
    (key) =>
      `  FOREIGN KEY (${key.fields.map(quote).join(", ")}) REFERENCES ${quote(key.reference.resource)} (${key.reference.fields.map(quote).join(", ")})`,
  );
  return `CREATE TABLE ${quote(table.name)} (\n${[...columns, primaryKey, ...foreignKeys].join(",\n")}\n) STRICT;`;
}

const indexesSql = (table: Table<unknown, unknown>): string[] =>
  table.foreignKeys.map((key) => {
    const name = `${table.name}_${key.fields.join("_")}`;
    return `CREATE INDEX ${quote(name)} ON ${quote(table.name)} (${key.fields.map(quote).join(", ")});`;
  });

// SQLite has no boolean: STRICT tables keep them as 0 and 1.
const sqlValue = (cell: Cell): string | number | null =>
  cell === undefined ? null : typeof cell === "boolean" ? (cell ? 1 : 0) : cell;

/**
 * `labour-left.db`: a SQLite database with a table per CSV table (declared types, primary and foreign keys, an
 * index on each foreign key) and views for the questions people ask most, beside Datasette's `metadata.json`.
 * Made from the sorted CSV tables, read as streams and written straight to disk, so the same input gives the same
 * bytes and no table is held in memory.
 */
export function createSqliteWriter(stage: Stage, csv: CsvOptions): FormatWriter {
  return {
    add: () => undefined,
    async finish(context: ExportContext) {
      // Loaded only when asked for: the database engine is WebAssembly, and most exports do not need it.
      const { Database } = commonJsExports(await import("node-sqlite3-wasm"));
      const path = stage.stagedPath(SQLITE_FILE);
      const db = new Database(path);
      let rows = 0;
      try {
        db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
        db.exec(TABLES.map(createTableSql).join("\n"));
        for (const table of TABLES) {
          const insert = db.prepare(
            `INSERT INTO ${quote(table.name)} VALUES (${table.columns.map(() => "?").join(", ")})`,
          );
          db.exec("BEGIN");
          for await (const row of csvTableRows(
            stage.stagedPath(`csv/${table.name}.csv`),
            table,
            csv.guardFormulas ?? true,
          )) {
            insert.run(row.map(sqlValue));
            rows += 1;
          }
          db.exec("COMMIT");
          insert.finalize();
        }
        db.exec([...TABLES.flatMap(indexesSql), ...SQLITE_VIEWS.map((view) => view.sql)].join("\n"));
      } finally {
        db.close();
      }
      // Readable by whoever may read the other files (the engine makes it private).
      await chmod(path, 0o644);
      stage.adopt({ path: SQLITE_FILE, rows, bytes: (await stat(path)).size });
      await writeDatasetteMetadata(stage, context);
    },
  };
}
