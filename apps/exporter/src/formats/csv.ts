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
  const rows = table.rows(dataset).map((row) => table.columns.map((candidate) => candidate.value(row)));
  const keyOf = (cells: Cell[]): Cell[] => keyIndexes.map((index) => cells[index]);
  return rows.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
}

/** One RFC 4180 file per table under `csv/`: UTF-8, CRLF, a header row, columns in a fixed order. */
export function toCsvFiles(dataset: Dataset, options: CsvOptions = {}): ExportFile[] {
  const guardFormulas = options.guardFormulas ?? true;
  return TABLES.map((table) => {
    const rows = tableCells(table, dataset).map((cells) => cells.map((cell) => formatCell(cell, guardFormulas)));
    const text = stringify([table.columns.map((candidate) => candidate.name), ...rows], { record_delimiter: "\r\n" });
    return { path: `csv/${table.name}.csv`, content: options.bom ? `\uFEFF${text}` : text, rows: rows.length };
  });
}
