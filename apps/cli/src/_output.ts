import { printable, printableCell, printableJson } from "@labour-left/exporter/printable";
import { loadCommand } from "./_load-command";
import { type CommandResult, cellText, type Table } from "./_result";

export interface OutputOptions {
  readonly json?: boolean;
  readonly format?: "table" | "csv";
  /** Colour only on a terminal, and never with NO_COLOR. */
  readonly color: boolean;
  /** Printing to a terminal: CSV's control characters are escaped too (JSON and tables always have them escaped). */
  readonly terminal?: boolean;
}

const bold = (text: string, color: boolean): string => (color ? `\u001b[1m${text}\u001b[22m` : text);

export function renderTable(table: Table, color: boolean): string[] {
  if (table.rows.length === 0) return ["(none)"];
  // Text from the data: a control character in it would act on the terminal, a line break would break the table.
  const rows = table.rows.map((row) => table.columns.map((_, index) => printableCell(cellText(row[index]))));
  const widths = table.columns.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] as string).length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [bold(line(table.columns), color), ...rows.map(line)];
}

/** Everything a command prints, as one string. */
export async function renderResult(result: CommandResult, options: OutputOptions): Promise<string> {
  if (options.json) return `${printableJson(JSON.stringify(result.json, null, 2))}\n`;
  if (options.format === "csv") {
    if (!result.table) throw new Error("this command's output is not a table; use --json");
    const csv = loadCommand<typeof import("./commands/_csv")>("_csv").renderCsv(result.table);
    // To a pipe or a file, the data as it is; on a terminal, nothing it would act on.
    return options.terminal ? csv.split("\r\n").map(printable).join("\r\n") : csv;
  }
  const blocks: string[][] = [];
  if (result.lines?.length) blocks.push(result.lines.map(printable));
  if (result.table) blocks.push(renderTable(result.table, options.color));
  for (const section of result.sections ?? [])
    blocks.push([bold(printable(section.title), options.color), ...renderTable(section.table, options.color)]);
  return `${blocks.map((block) => block.join("\n")).join("\n\n")}\n`;
}
