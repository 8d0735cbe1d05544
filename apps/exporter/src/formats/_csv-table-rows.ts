import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import type { Cell, FieldType, Table } from "../tables/index";

/** A cell of a CSV table read back as its value: numbers and booleans typed, an empty cell absent. */
function cellValue(text: string, type: FieldType, guarded: boolean): Cell {
  if (text === "") return undefined;
  if (type === "integer" || type === "number") return Number(text);
  if (type === "boolean") return text === "true";
  // The formula guard's rule: one leading ' was added to any text cell that has one.
  return guarded && text.startsWith("'") ? text.slice(1) : text;
}

/**
 * The rows of a CSV table the exporter wrote, in its (sorted) order, each as its cells' values in column order:
 * read as a stream, so that no table is ever held whole.
 */
export async function* csvTableRows(
  path: string,
  table: Table<unknown, unknown>,
  guarded: boolean,
): AsyncGenerator<Cell[]> {
  const types = table.columns.map((column) => column.type);
  const parser = createReadStream(path).pipe(parse({ bom: true, from_line: 2, relax_column_count: false }));
  for await (const record of parser as AsyncIterable<string[]>) {
    yield record.map((text, index) => cellValue(text, types[index] ?? "string", guarded));
  }
}
