import { stringify } from "csv-stringify/sync";
import type { Cell, Table } from "../_result";

const cellText = (cell: Cell): string => (cell === undefined ? "" : String(cell));

/** A table as RFC 4180 CSV; a file of its own, loaded only for --format csv. */
export function renderCsv(table: Table): string {
  return stringify([table.columns as string[], ...table.rows.map((row) => row.map(cellText))], {
    record_delimiter: "\r\n",
  });
}
