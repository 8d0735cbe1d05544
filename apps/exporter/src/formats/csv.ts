import type { CollectionName } from "@labour-left/data/schemas";
import { ExternalSorter, mergeRuns, type VisitEntry } from "../sort/external-sorter";
import type { BufferedFile } from "../stage/buffered-file";
import type { Stage } from "../stage/stage";
import { type Cell, TABLES, type Table } from "../tables/index";
import { eachRecord } from "./_each-record";
import type { ExportContext, FormatWriter } from "./_writer";
import { guardFormula } from "./formula-guard";

export { FORMULA_GUARD_RULE, FORMULA_TRIGGERS, guardFormula } from "./formula-guard";

export interface CsvOptions {
  /** Start each file with a UTF-8 byte order mark, which older Excel needs to read UTF-8. */
  readonly bom?: boolean;
  /** Prefix a text cell that a spreadsheet would run as a formula with `'` (OWASP's advice). On by default. */
  readonly guardFormulas?: boolean;
  /**
   * Bytes of rows held in memory per collection before sorted runs go to disk, shared out among worker threads;
   * 16 MiB by default.
   */
  readonly sortBufferBytes?: number;
}

export const DEFAULT_SORT_BUFFER_BYTES = 16 * 1024 * 1024;

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

interface TableLayout {
  readonly table: Table<unknown, unknown>;
  readonly keyIndexes: readonly number[];
}

const LAYOUTS: readonly TableLayout[] = TABLES.map((table) => ({
  table,
  keyIndexes: table.primaryKey.map((name) => table.columns.findIndex((column) => column.name === name)),
}));

/** The tables each collection's records give rows to, in the order of each sort entry's pieces. */
const LAYOUTS_OF = new Map<CollectionName, TableLayout[]>();
for (const layout of LAYOUTS) {
  for (const collection of layout.table.collections)
    LAYOUTS_OF.set(collection, [...(LAYOUTS_OF.get(collection) ?? []), layout]);
}

/** Sorted runs on disk, per collection, and the rows and characters they hold per table: CSV not yet written. */
export interface CsvRuns {
  readonly runs: Readonly<Partial<Record<CollectionName, readonly string[]>>>;
  readonly rows: Readonly<Record<string, number>>;
  readonly chars: Readonly<Record<string, number>>;
}

/** The CSV writer, which can also stop short of writing the tables and hand over its sorted runs. */
export interface CsvWriter extends FormatWriter {
  /** Writes whatever is held as sorted runs and gives them, for `writeCsvTables` to merge (in any thread). */
  finishRuns(): Promise<CsvRuns>;
}

function encodeRows(layout: TableLayout, rows: readonly unknown[], guardFormulas: boolean): string {
  const { table, keyIndexes } = layout;
  const { columns } = table;
  if (rows.length === 1) {
    // The common case, one row: encoded straight from the columns.
    const [row] = rows;
    let line = encodeCell(columns[0]?.value(row), guardFormulas);
    for (let index = 1; index < columns.length; index += 1) {
      line += `,${encodeCell(columns[index]?.value(row), guardFormulas)}`;
    }
    return `${line}\r\n`;
  }
  // Several rows (a record's list items or citations) are put in primary-key order among themselves.
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const keyOf = (row: readonly Cell[]): Cell[] => keyIndexes.map((at) => row[at]);
  cells.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  return cells.map((row) => encodeCsvRow(row, guardFormulas)).join("");
}

/**
 * One RFC 4180 file per table under `csv/`: UTF-8, CRLF, a header row, columns in a fixed order, rows sorted by
 * primary key. Each record's rows are encoded as it passes and sorted by record id (on disk when they are many);
 * as every primary key begins with the collection and the record id, the merged records give sorted tables.
 * `runPrefix` keeps apart the run files of writers sharing a scratch folder.
 */
export function createCsvWriter(stage: Stage, options: CsvOptions = {}, runPrefix = ""): CsvWriter {
  const guardFormulas = options.guardFormulas ?? true;
  const rows: Record<string, number> = Object.fromEntries(TABLES.map((table) => [table.name, 0]));
  const chars: Record<string, number> = Object.fromEntries(TABLES.map((table) => [table.name, 0]));
  const sorters = new Map<CollectionName, ExternalSorter>();
  const sorterOf = (collection: CollectionName): ExternalSorter => {
    let sorter = sorters.get(collection);
    if (sorter === undefined) {
      const pieceCount = LAYOUTS_OF.get(collection)?.length ?? 0;
      const maxBytes = options.sortBufferBytes ?? DEFAULT_SORT_BUFFER_BYTES;
      sorter = new ExternalSorter(stage.scratch, maxBytes, pieceCount, `${runPrefix}${collection}`);
      sorters.set(collection, sorter);
    }
    return sorter;
  };

  return {
    add: eachRecord((collection, record) => {
      const payload = (LAYOUTS_OF.get(collection) ?? []).map((layout) => {
        const tableRows = layout.table.rowsOf(record, collection);
        const encoded = encodeRows(layout, tableRows, guardFormulas);
        rows[layout.table.name] = (rows[layout.table.name] ?? 0) + tableRows.length;
        chars[layout.table.name] = (chars[layout.table.name] ?? 0) + encoded.length;
        return encoded;
      });
      return sorterOf(collection).add(String(record.id), payload);
    }),
    finish: (_context: ExportContext) =>
      writeTables(stage, options, rows, (collection, visit) => sorters.get(collection)?.forEach(visit)),
    async finishRuns() {
      const runs: Partial<Record<CollectionName, readonly string[]>> = {};
      for (const [collection, sorter] of sorters) runs[collection] = await sorter.spillAll();
      return { runs, rows, chars };
    },
  };
}

/** Adds up a count per table over the parts. */
function totals(parts: readonly CsvRuns[], count: "rows" | "chars"): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const part of parts)
    for (const [name, value] of Object.entries(part[count])) sums[name] = (sums[name] ?? 0) + value;
  return sums;
}

/**
 * Writes the tables named in `tables` from the sorted runs of several CSV writers (one per thread), merging
 * each collection's runs; as ids are unique, the result does not depend on which writer had which record.
 */
export function writeCsvTables(
  stage: Stage,
  options: CsvOptions,
  parts: readonly CsvRuns[],
  tables: ReadonlySet<string>,
): Promise<void> {
  const rows = totals(parts, "rows");
  const merge = (collection: CollectionName, visit: VisitEntry): Promise<void> => {
    const paths = parts.flatMap((part) => part.runs[collection] ?? []);
    return mergeRuns(paths, LAYOUTS_OF.get(collection)?.length ?? 0, visit);
  };
  return writeTables(stage, options, rows, merge, tables);
}

/**
 * Shares the tables out among `ways` threads that will write them at once, largest first, each to the thread
 * with the fewest characters so far.
 */
export function shareTables(parts: readonly CsvRuns[], ways: number): Set<string>[] {
  const chars = totals(parts, "chars");
  const shares = Array.from({ length: ways }, () => ({ tables: new Set<string>(), chars: 0 }));
  for (const { name } of [...TABLES].sort((a, b) => (chars[b.name] ?? 0) - (chars[a.name] ?? 0))) {
    const lightest = shares.reduce((least, share) => (share.chars < least.chars ? share : least));
    lightest.tables.add(name);
    lightest.chars += chars[name] ?? 0;
  }
  return shares.map((share) => share.tables);
}

async function writeTables(
  stage: Stage,
  options: CsvOptions,
  rows: Readonly<Record<string, number>>,
  sortedEntriesOf: (collection: CollectionName, visit: VisitEntry) => Promise<void> | undefined,
  only?: ReadonlySet<string>,
): Promise<void> {
  const files = new Map<Table<unknown, unknown>, BufferedFile>();
  for (const { table } of LAYOUTS) {
    if (only !== undefined && !only.has(table.name)) continue;
    const file = await stage.create(`csv/${table.name}.csv`, () => rows[table.name] ?? 0);
    const header = encodeCsvRow(
      table.columns.map((column) => column.name),
      false,
    );
    file.write((options.bom ? "\uFEFF" : "") + header);
    files.set(table, file);
  }
  // Collections go in name order, the order of the `collection` column that leads shared tables' keys.
  for (const collection of [...LAYOUTS_OF.keys()].sort()) {
    const targets = (LAYOUTS_OF.get(collection) ?? []).map(({ table }) => files.get(table));
    // Another thread writes this collection's tables.
    if (targets.every((target) => target === undefined)) continue;
    await sortedEntriesOf(collection, (_key, pieces) => {
      const waiting: Promise<void>[] = [];
      for (let index = 0; index < pieces.count; index += 1) {
        const start = pieces.starts[index] as number;
        const end = pieces.ends[index] as number;
        const pending = start === end ? undefined : targets[index]?.writeRange(pieces.bytes, start, end);
        if (pending) waiting.push(pending);
      }
      return waiting.length > 0 ? Promise.all(waiting).then(() => undefined) : undefined;
    });
  }
  // Closed now, not with the rest of the stage: the database and Parquet files are made from them next.
  for (const file of files.values()) await file.close();
}
