import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { ParquetColumn, ParquetKind } from "../parquet/column-kinds";
import { ParquetFileWriter } from "../parquet/parquet-file-writer";
import type { Stage, WrittenFile } from "../stage/stage";
import { type Cell, type FieldType, TABLES, type Table } from "../tables/index";
import { VIEW_TABLES } from "../tables/views";
import { csvTableRowBatches } from "./_csv-table-rows";
import { stagedParquetFile } from "./_parquet-file";
import { csvPathOf, shareTablesByBytes } from "./_table-shares";
import type { FormatWriter, TableWorkers } from "./_writer";
import type { CsvOptions } from "./csv";

/** How each Table Schema type is stored: dates as whole days, instants as UTC milliseconds, integers in 64 bits. */
const PARQUET_KINDS: Record<FieldType, ParquetKind> = {
  string: "string",
  integer: "int64",
  number: "double",
  boolean: "boolean",
  date: "date",
  datetime: "timestamp-millis",
};

/** Rows a row group holds: written as they come, so a table is never held whole. */
const ROW_GROUP_SIZE = 10_000;

const parquetPath = (table: Table<unknown, unknown>): string => `parquet/${table.name}.parquet`;

/** The Parquet columns of a table: each typed, required where it is part of the primary key. */
const columnsOf = (table: Table<unknown, unknown>): ParquetColumn[] =>
  table.columns.map((column) => ({
    name: column.name,
    kind: PARQUET_KINDS[column.type],
    required: table.primaryKey.includes(column.name),
  }));

/** Writes one table's Parquet file from its CSV file, a row group at a time. */
export async function writeParquetTable(
  stage: Stage,
  table: Table<unknown, unknown>,
  guarded: boolean,
): Promise<WrittenFile> {
  const path = stage.stagedPath(parquetPath(table));
  mkdirSync(dirname(path), { recursive: true });
  const file = stagedParquetFile(path);
  const writer = new ParquetFileWriter(file.write, columnsOf(table), "labour-left-export");
  const columns: Cell[][] = table.columns.map(() => []);
  let rows = 0;
  const writeGroup = (): void => {
    writer.writeRowGroup(columns);
    for (const column of columns) column.length = 0;
  };
  try {
    for await (const batch of csvTableRowBatches(csvPathOf(stage)(table), table, guarded)) {
      for (const row of batch) {
        for (let index = 0; index < columns.length; index += 1) columns[index]?.push(row[index]);
        rows += 1;
        if (rows % ROW_GROUP_SIZE === 0) writeGroup();
      }
    }
    writeGroup();
    writer.finish();
    file.finish();
  } catch (error) {
    file.abandon();
    throw error;
  }
  return { path: parquetPath(table), rows, bytes: writer.bytes };
}

/**
 * `parquet/<table>.parquet`: one Parquet file per CSV table, with logical types, made from the sorted CSV tables
 * a row group at a time, so the same input gives the same bytes and no table is held whole; with worker threads,
 * each writes a share of the tables.
 */
export function createParquetWriter(stage: Stage, csv: CsvOptions, workers?: TableWorkers): FormatWriter {
  return {
    add: () => undefined,
    async finish() {
      const guarded = csv.guardFormulas ?? true;
      const files = workers
        ? await workers.writeParquet(await shareTablesByBytes(stage, workers.size))
        : await sequence(TABLES, (table) => writeParquetTable(stage, table, guarded));
      // The flat views too, here: they are small, and made after the tables.
      files.push(...(await sequence(VIEW_TABLES, (view) => writeParquetTable(stage, view, guarded))));
      for (const file of files) stage.adopt(file);
    },
  };
}

async function sequence<T, R>(items: readonly T[], each: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await each(item));
  return results;
}
