import { stringify } from "csv-stringify/sync";
import { type Cell, cellValue, type Table } from "../_result";

// Numbers as numbers (a share as 0.505, not "50.5%"), so that a spreadsheet or a program reads them as such.
const cellText = (cell: Cell): string => {
  const value = cellValue(cell);
  return value === undefined ? "" : String(value);
};

/** A table as RFC 4180 CSV; a file of its own, loaded only for --format csv. */
export function renderCsv(table: Table): string {
  return stringify([table.columns as string[], ...table.rows.map((row) => row.map(cellText))], {
    record_delimiter: "\r\n",
  });
}
