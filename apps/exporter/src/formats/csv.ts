import type { CollectionName } from "@labour-left/data/schemas";
import { ExternalSorter } from "../sort/external-sorter";
import type { Stage } from "../stage/stage";
import { type Cell, TABLES, type Table } from "../tables/index";
import { eachRecord } from "./_each-record";
import type { ExportContext, FormatWriter } from "./_writer";

export interface CsvOptions {
  /** Start each file with a UTF-8 byte order mark, which older Excel needs to read UTF-8. */
  readonly bom?: boolean;
  /** Prefix a text cell that a spreadsheet would run as a formula with `'` (OWASP's advice). On by default. */
  readonly guardFormulas?: boolean;
  /** Bytes of rows held in memory per collection before sorted runs go to disk; 16 MiB by default. */
  readonly sortBufferBytes?: number;
}

const DEFAULT_SORT_BUFFER_BYTES = 16 * 1024 * 1024;

/** Characters that make a spreadsheet treat a cell as a formula (OWASP: CSV injection). */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

const TRIGGER_CODES = new Set(FORMULA_TRIGGERS.map((trigger) => trigger.charCodeAt(0)));

/** `=1+1` -> `'=1+1`; anything else is returned as it is. */
export function guardFormula(text: string): string {
  return TRIGGER_CODES.has(text.charCodeAt(0)) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One RFC 4180 record: cells joined by commas, quoted (with quotes doubled) where they hold a comma, quote or
 * line break, ended by CRLF. An absent cell is empty.
 * @example encodeCsvRow(["a", 'say "hi"', undefined, 3], false) // 'a,"say ""hi""",,3\r\n'
 */
export function encodeCsvRow(cells: readonly Cell[], guardFormulas: boolean): string {
  let line = "";
  for (let index = 0; index < cells.length; index += 1) {
    line += index === 0 ? encodeCell(cells[index], guardFormulas) : `,${encodeCell(cells[index], guardFormulas)}`;
  }
  return `${line}\r\n`;
}

function encodeCell(cell: Cell, guardFormulas: boolean): string {
  if (cell === undefined) return "";
  if (typeof cell !== "string") return String(cell);
  const text = guardFormulas ? guardFormula(cell) : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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

interface TableOutput {
  readonly table: Table<unknown, unknown>;
  readonly keyIndexes: readonly number[];
  rows: number;
}

/**
 * One RFC 4180 file per table under `csv/`: UTF-8, CRLF, a header row, columns in a fixed order, rows sorted by
 * primary key. Each record's rows are encoded as it passes and sorted by record id (on disk when they are many);
 * as every primary key begins with the collection and the record id, the merged records give sorted tables.
 */
export function createCsvWriter(stage: Stage, options: CsvOptions = {}): FormatWriter {
  const guardFormulas = options.guardFormulas ?? true;
  const outputs: TableOutput[] = TABLES.map((table) => ({
    table,
    keyIndexes: table.primaryKey.map((name) => table.columns.findIndex((column) => column.name === name)),
    rows: 0,
  }));
  const outputsOf = new Map<CollectionName, TableOutput[]>();
  for (const output of outputs) {
    for (const collection of output.table.collections)
      outputsOf.set(collection, [...(outputsOf.get(collection) ?? []), output]);
  }
  const sorters = new Map<CollectionName, ExternalSorter>();
  const sorterOf = (collection: CollectionName): ExternalSorter => {
    let sorter = sorters.get(collection);
    if (sorter === undefined) {
      const pieceCount = outputsOf.get(collection)?.length ?? 0;
      sorter = new ExternalSorter(
        stage.scratch,
        options.sortBufferBytes ?? DEFAULT_SORT_BUFFER_BYTES,
        pieceCount,
        collection,
      );
      sorters.set(collection, sorter);
    }
    return sorter;
  };

  const encodeRows = (output: TableOutput, record: unknown, collection: CollectionName): string => {
    const { table, keyIndexes } = output;
    const rows = table.rowsOf(record, collection);
    output.rows += rows.length;
    if (rows.length === 1) {
      // The common case, one row: encoded straight from the columns.
      const [row] = rows;
      const { columns } = table;
      let line = encodeCell(columns[0]?.value(row), guardFormulas);
      for (let index = 1; index < columns.length; index += 1) {
        line += `,${encodeCell(columns[index]?.value(row), guardFormulas)}`;
      }
      return `${line}\r\n`;
    }
    // Several rows (a record's list items or citations) are put in primary-key order among themselves.
    const cells = rows.map((row) => table.columns.map((column) => column.value(row)));
    const keyOf = (row: readonly Cell[]): Cell[] => keyIndexes.map((at) => row[at]);
    cells.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    return cells.map((row) => encodeCsvRow(row, guardFormulas)).join("");
  };

  return {
    add: eachRecord((collection, record) => {
      const tables = outputsOf.get(collection) ?? [];
      const payload = tables.map((output) => encodeRows(output, record, collection));
      return sorterOf(collection).add(String(record.id), payload);
    }),
    async finish(_context: ExportContext) {
      const files = await Promise.all(
        outputs.map(async (output) => {
          const file = await stage.create(`csv/${output.table.name}.csv`, () => output.rows);
          const header = encodeCsvRow(
            output.table.columns.map((column) => column.name),
            false,
          );
          file.write((options.bom ? "\uFEFF" : "") + header);
          return file;
        }),
      );
      const fileOf = new Map(outputs.map((output, index) => [output, files[index]]));
      // Collections go in name order, the order of the `collection` column that leads shared tables' keys.
      for (const collection of [...outputsOf.keys()].sort()) {
        const targets = (outputsOf.get(collection) ?? []).map((output) => fileOf.get(output));
        await sorters.get(collection)?.forEach((_key, pieces) => {
          const waiting: Promise<void>[] = [];
          pieces.forEach((piece, index) => {
            const pending = piece.length === 0 ? undefined : targets[index]?.write(piece);
            if (pending) waiting.push(pending);
          });
          return waiting.length > 0 ? Promise.all(waiting).then(() => undefined) : undefined;
        });
      }
    },
  };
}
