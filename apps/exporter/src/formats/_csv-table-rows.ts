import type { Cell, FieldType, Table } from "../tables/index";
import { readCsvRecordBatches } from "./_csv-records";

/** A cell of a CSV table read back as its value: numbers and booleans typed, an empty cell absent. */
function cellValue(text: string, type: FieldType, guarded: boolean): Cell {
  if (text === "") return undefined;
  if (type === "integer" || type === "number") return Number(text);
  if (type === "boolean") return text === "true";
  // The formula guard's rule: one leading ' was added to any text cell that has one.
  return guarded && text.charCodeAt(0) === 39 ? text.slice(1) : text;
}

/**
 * The rows of a CSV table the exporter wrote, in its (sorted) order and in batches, each row as its cells' values
 * in column order: read as a stream, so that no table is ever held whole.
 */
export async function* csvTableRowBatches(
  path: string,
  table: Table<unknown, unknown>,
  guarded: boolean,
): AsyncGenerator<Cell[][]> {
  const types = table.columns.map((column) => column.type);
  const header = table.columns.map((column) => column.name).join(",");
  let isHeader = true;
  for await (const records of readCsvRecordBatches(path)) {
    const rows: Cell[][] = [];
    for (const record of records) {
      if (isHeader) {
        isHeader = false;
        if (record.join(",") !== header) throw new Error(`${path}: the header is not ${header}`);
        continue;
      }
      if (record.length !== types.length)
        throw new Error(`${path}: a row has ${record.length} cells where the table has ${types.length} columns`);
      const row: Cell[] = new Array(types.length);
      for (let index = 0; index < types.length; index += 1)
        row[index] = cellValue(record[index] as string, types[index] as FieldType, guarded);
      rows.push(row);
    }
    if (rows.length > 0) yield rows;
  }
}
