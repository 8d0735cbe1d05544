import type { Dataset } from "@labour-left/data";
import { stringify } from "csv-stringify/sync";
import { type Cell, TABLES, type Table } from "../tables/index";
import type { ExportFile } from "./_file";

export interface CsvOptions {
  /** Start each file with a UTF-8 byte order mark, which older Excel needs to read UTF-8. */
  readonly bom?: boolean;
  /** Prefix a text cell that a spreadsheet would run as a formula with `'` (OWASP's advice). On by default. */
  readonly guardFormulas?: boolean;
}

/** Characters that make a spreadsheet treat a cell as a formula (OWASP: CSV injection). */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

/** `=1+1` -> `'=1+1`; anything else is returned as it is. */
export function guardFormula(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}

function formatCell(cell: Cell, guardFormulas: boolean): string {
  if (cell === undefined) return "";
  if (typeof cell !== "string") return String(cell);
  return guardFormulas ? guardFormula(cell) : cell;
}

function compareKeys(a: readonly Cell[], b: readonly Cell[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const left = a[index] ?? "";
    const right = b[index] ?? "";
    if (left === right) continue;
    if (typeof left === "number" && typeof right === "number") return left - right;
    return String(left) < String(right) ? -1 : 1;
  }
  return 0;
}

/** A table's rows as cells, sorted by its primary key so that output does not depend on input order. */
export function tableCells(table: Table<unknown>, dataset: Dataset): Cell[][] {
  const keyIndexes = table.primaryKey.map((name) => table.columns.findIndex((candidate) => candidate.name === name));
  // Keys are read once per row, not once per comparison.
  const keyed = table.rows(dataset).map((row) => {
    const cells = table.columns.map((candidate) => candidate.value(row));
    return { cells, key: keyIndexes.map((index) => cells[index]) };
  });
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((entry) => entry.cells);
}

const ROWS_PER_CHUNK = 2000;

function* csvChunks(rows: readonly Cell[][], header: readonly string[], options: CsvOptions): Iterable<string> {
  const guardFormulas = options.guardFormulas ?? true;
  const write = (cells: readonly (readonly string[])[]): string =>
    stringify(cells as string[][], { record_delimiter: "\r\n" });
  yield (options.bom ? "\uFEFF" : "") + write([header]);
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    yield write(
      rows.slice(start, start + ROWS_PER_CHUNK).map((cells) => cells.map((cell) => formatCell(cell, guardFormulas))),
    );
  }
}

/** One RFC 4180 file per table under `csv/`: UTF-8, CRLF, a header row, columns in a fixed order. */
export function toCsvFiles(dataset: Dataset, options: CsvOptions = {}): ExportFile[] {
  return TABLES.map((table) => {
    // Rows are made only when the file is written, one table at a time; the count is known from then on.
    let count = 0;
    return {
      path: `csv/${table.name}.csv`,
      get rows() {
        return count;
      },
      chunks: () => {
        const rows = tableCells(table, dataset);
        count = rows.length;
        return csvChunks(
          rows,
          table.columns.map((candidate) => candidate.name),
          options,
        );
      },
    };
  });
}
