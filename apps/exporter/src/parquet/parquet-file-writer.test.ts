import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { afterAll, describe, expect, it } from "vitest";
import type { ParquetCell, ParquetColumn } from "./column-kinds";
import { ParquetFileWriter } from "./parquet-file-writer";

const COLUMNS: ParquetColumn[] = [
  { name: "id", kind: "string", required: true },
  { name: "text", kind: "string", required: false },
  { name: "count", kind: "int64", required: false },
  { name: "share", kind: "double", required: false },
  { name: "flag", kind: "boolean", required: false },
  { name: "day", kind: "date", required: false },
  { name: "at", kind: "timestamp-millis", required: false },
];

// Awkward text: accents, a character past U+FFFF, one from the private use area (which UTF-16 orders before it,
// UTF-8 after), a long value; and values that repeat (dictionaries) or do not, runs and gaps.
const TEXTS = ["é", "😀", "\uE000", "plain", "x".repeat(70_000), "", "Zürich"];

function rowsOf(count: number, offset: number): ParquetCell[][] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + offset;
    return [
      `row-${String(n).padStart(5, "0")}`,
      n % 5 === 0 ? undefined : TEXTS[n % TEXTS.length],
      n % 7 === 0 ? undefined : n < 20 ? 42 : (n - 500) * 2 ** 33,
      n % 3 === 0 ? undefined : n % 11 === 0 ? -0 : n / 8 - 100,
      n % 4 === 0 ? undefined : n % 9 < 5,
      n % 6 === 0 ? undefined : `${1900 + (n % 200)}-${String((n % 12) + 1).padStart(2, "0")}-28`,
      n % 8 === 0 ? undefined : new Date(Date.UTC(2020, 0, 1) + n * 60_001).toISOString(),
    ];
  });
}

/** The file's bytes for rows given as row groups. */
function fileOf(groups: ParquetCell[][][]): Uint8Array {
  const parts: Uint8Array[] = [];
  const writer = new ParquetFileWriter((bytes) => parts.push(bytes.slice()), COLUMNS, "test");
  for (const rows of groups) writer.writeRowGroup(COLUMNS.map((_, column) => rows.map((row) => row[column])));
  writer.finish();
  const file = Buffer.concat(parts);
  expect(file.length).toBe(writer.bytes);
  return new Uint8Array(file);
}

/** What a reader should see: text as is, integers and numbers as numbers, days and instants as ISO text. */
const expected = (rows: ParquetCell[][]) =>
  rows.map((row) => Object.fromEntries(COLUMNS.map((column, index) => [column.name, row[index] ?? null])));

const groups = [rowsOf(3000, 0), rowsOf(10, 3000), rowsOf(1200, 3010)];
const rows = groups.flat();
const bytes = fileOf(groups);
const dir = mkdtempSync(join(tmpdir(), "parquet-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a Parquet file from ParquetFileWriter", () => {
  it("reads back with hyparquet: every row and value, typed", async () => {
    const read = await parquetReadObjects({ file: bytes.buffer as ArrayBuffer });
    const normalised = read.map((row) => ({
      ...row,
      count: row.count === null ? null : Number(row.count),
      day: row.day === null ? null : (row.day as Date).toISOString().slice(0, 10),
      at: row.at === null ? null : (row.at as Date).toISOString(),
    }));
    expect(normalised).toEqual(expected(rows));
  });

  it("reads back with DuckDB, with each column's type", async () => {
    const path = join(dir, "table.parquet");
    writeFileSync(path, bytes);
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const reader = await connection.runAndReadAll(
      `SELECT id, text, count::DOUBLE AS count, share, flag, strftime(day, '%Y-%m-%d') AS day, strftime("at", '%Y-%m-%dT%H:%M:%S.%gZ') AS "at" FROM read_parquet('${path}') ORDER BY id`,
    );
    expect(reader.getRowObjectsJS()).toEqual(expected(rows));
    const types = await connection.runAndReadAll(
      `SELECT typeof(count) AS count, typeof(share) AS share, typeof(flag) AS flag, typeof(day) AS day, typeof("at") AS "at" FROM read_parquet('${path}') LIMIT 1`,
    );
    expect(types.getRowObjectsJS()).toEqual([
      { count: "BIGINT", share: "DOUBLE", flag: "BOOLEAN", day: "DATE", at: "TIMESTAMP" },
    ]);
    connection.closeSync();
  });

  it("gives each row group's statistics: empty cells, and the least and greatest values in Parquet's order", () => {
    const metadata = parquetMetadata(bytes.buffer as ArrayBuffer);
    expect(metadata.row_groups.map((group) => Number(group.num_rows))).toEqual(groups.map((group) => group.length));
    metadata.row_groups.forEach((group, groupIndex) => {
      const groupRows = groups[groupIndex] ?? [];
      const text = group.columns[1]?.meta_data?.statistics;
      const texts = groupRows.map((row) => row[1]).filter((cell): cell is string => cell !== undefined);
      // UTF-8 byte order, computed by Buffer rather than by the writer's comparison.
      const byBytes = [...texts].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(text?.null_count).toBe(BigInt(groupRows.length - texts.length));
      expect(text?.min_value).toBe(byBytes[0]);
      expect(text?.max_value).toBe(byBytes.at(-1));
      // Ids, ASCII only, too.
      const ids = groupRows
        .map((row) => row[0] as string)
        .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      const id = group.columns[0]?.meta_data?.statistics;
      expect([id?.min_value, id?.max_value]).toEqual([ids[0], ids.at(-1)]);
      const counts = groupRows.map((row) => row[2]).filter((cell): cell is number => cell !== undefined);
      const count = group.columns[2]?.meta_data?.statistics;
      expect(Number(count?.min_value)).toBe(Math.min(...counts));
      expect(Number(count?.max_value)).toBe(Math.max(...counts));
    });
  });

  it("gives the same bytes for the same rows", () => {
    expect(Buffer.from(fileOf(groups)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("refuses an empty cell in a required column, and a cell of the wrong kind, naming the column", () => {
    const writer = new ParquetFileWriter(() => undefined, COLUMNS, "test");
    const row = (rowsOf(1, 1)[0] ?? []).slice();
    expect(() => writer.writeRowGroup(COLUMNS.map((_, index) => [index === 0 ? undefined : row[index]]))).toThrow(
      /column id is required, but row 1 has no value/,
    );
    expect(() => writer.writeRowGroup(COLUMNS.map((_, index) => [index === 5 ? "2020-13" : row[index]]))).toThrow(
      /column day \(date\) cannot hold "2020-13"/,
    );
  });
});
