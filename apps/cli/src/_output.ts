import { loadCommand } from "./_load-command";
import { type CommandResult, cellText, type Table } from "./_result";

export interface OutputOptions {
  readonly json?: boolean;
  readonly format?: "table" | "csv";
  /** Colour only on a terminal, and never with NO_COLOR. */
  readonly color: boolean;
}

const bold = (text: string, color: boolean): string => (color ? `\u001b[1m${text}\u001b[22m` : text);

export function renderTable(table: Table, color: boolean): string[] {
  if (table.rows.length === 0) return ["(none)"];
  const widths = table.columns.map((column, index) =>
    Math.max(column.length, ...table.rows.map((row) => cellText(row[index]).length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [bold(line(table.columns), color), ...table.rows.map((row) => line(row.map(cellText)))];
}

/** Everything a command prints, as one string. */
export async function renderResult(result: CommandResult, options: OutputOptions): Promise<string> {
  if (options.json) return `${JSON.stringify(result.json, null, 2)}\n`;
  if (options.format === "csv") {
    if (!result.table) throw new Error("this command's output is not a table; use --json");
    return loadCommand<typeof import("./commands/_csv")>("_csv").renderCsv(result.table);
  }
  const blocks: string[][] = [];
  if (result.lines?.length) blocks.push([...result.lines]);
  if (result.table) blocks.push(renderTable(result.table, options.color));
  for (const section of result.sections ?? [])
    blocks.push([bold(section.title, options.color), ...renderTable(section.table, options.color)]);
  return `${blocks.map((block) => block.join("\n")).join("\n\n")}\n`;
}
