import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Stage, WrittenFile } from "../stage/stage";
import { type Cell, type FieldType, TABLES, type Table } from "../tables/index";
import { VIEW_TABLES } from "../tables/views";
import { csvTableRowBatches } from "./_csv-table-rows";
import { stagedParquetFile } from "./_parquet-file";
import { csvPathOf, shareTablesByBytes } from "./_table-shares";
import type { FormatWriter, TableWorkers } from "./_writer";
import type { CsvOptions } from "./csv";

// Logical types: integers for counts, booleans, dates for whole days, timestamps for instants, UTF-8 strings for ids,
// text and partial dates.
const PARQUET_TYPES: Record<
  FieldType,
  {
    type: "BYTE_ARRAY" | "INT32" | "INT64" | "DOUBLE" | "BOOLEAN";
    converted_type?: "UTF8" | "DATE" | "TIMESTAMP_MILLIS";
  }
> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  integer: { type: "INT64" },
  number: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
  date: { type: "INT32", converted_type: "DATE" },
  datetime: { type: "INT64", converted_type: "TIMESTAMP_MILLIS" },
};

/** Rows a row group holds: written as they come, so a table is never held whole. */
const ROW_GROUP_SIZE = 10_000;

const parquetPath = (table: Table<unknown, unknown>): string => `parquet/${table.name}.parquet`;

/** The Parquet schema of a table: its columns, each typed, required where it is part of the primary key. */
function schemaOf(table: Table<unknown, unknown>) {
  return [
    { name: "root", num_children: table.columns.length },
    ...table.columns.map((column) => ({
      name: column.name,
      ...PARQUET_TYPES[column.type],
      repetition_type: table.primaryKey.includes(column.name) ? ("REQUIRED" as const) : ("OPTIONAL" as const),
    })),
  ];
}

// INT64 columns take bigints, dates and timestamps Dates; an absent cell is null.
function parquetValue(cell: Cell, type: FieldType): unknown {
  if (cell === undefined) return null;
  if (type === "integer") return BigInt(cell as number);
  if (type === "date") return new Date(`${cell}T00:00:00Z`);
  if (type === "datetime") return new Date(cell as string);
  return cell;
}

/** Writes one table's Parquet file from its CSV file, a row group at a time. */
export async function writeParquetTable(
  stage: Stage,
  table: Table<unknown, unknown>,
  guarded: boolean,
): Promise<WrittenFile> {
  // Loaded only when asked for.
  const { ParquetWriter, ByteWriter } = await import("hyparquet-writer");
  const path = stage.stagedPath(parquetPath(table));
  mkdirSync(dirname(path), { recursive: true });
  const file = stagedParquetFile(ByteWriter, path);
  const writer = new ParquetWriter({
    writer: file.writer,
    schema: schemaOf(table),
    createdBy: "labour-left-export",
  });
  const columns: unknown[][] = table.columns.map(() => []);
  let rows = 0;
  const writeGroup = async (): Promise<void> => {
    if ((columns[0]?.length ?? 0) === 0) return;
    await writer.write({
      columnData: table.columns.map((column, index) => ({ name: column.name, data: columns[index] ?? [] })),
      rowGroupSize: ROW_GROUP_SIZE,
    });
    for (const column of columns) column.length = 0;
  };
  try {
    for await (const batch of csvTableRowBatches(csvPathOf(stage)(table), table, guarded)) {
      for (const row of batch) {
        table.columns.forEach((column, index) => columns[index]?.push(parquetValue(row[index], column.type)));
        rows += 1;
        if (rows % ROW_GROUP_SIZE === 0) await writeGroup();
      }
    }
    await writeGroup();
    writer.finish();
  } catch (error) {
    file.abandon();
    throw error;
  }
  return { path: parquetPath(table), rows, bytes: file.writer.offset };
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
