/**
 * A share, 0 to 1, or a change in share: printed as a percentage (or signed points) in a table for people, kept the
 * number it is in CSV and JSON.
 */
export interface Share {
  readonly share: number;
  readonly change?: true;
}

export type Cell = string | number | boolean | undefined | Share;

export const share = (value: number): Share => ({ share: value });
export const shareChange = (value: number): Share => ({ share: value, change: true });

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** What a command found: JSON for `--json`, and what a person reads (text, tables) otherwise. */
export interface CommandResult {
  readonly json: unknown;
  readonly lines?: readonly string[];
  readonly table?: Table;
  /** Further titled tables, for commands that show a record with its lists. */
  readonly sections?: readonly { readonly title: string; readonly table: Table }[];
  /** The exit code when it is not 0 (for `validate`). */
  readonly exitCode?: number;
}

/** A cell as people read it: a share as a percentage. */
export function cellText(cell: Cell): string {
  if (cell === undefined) return "";
  if (typeof cell === "object") {
    const percent = (cell.share * 100).toFixed(1);
    return cell.change ? `${cell.share > 0 ? "+" : ""}${percent} pts` : `${percent}%`;
  }
  return String(cell);
}

/** A cell as a program reads it: a share as the number it is. */
export function cellValue(cell: Cell): string | number | boolean | undefined {
  return typeof cell === "object" ? cell.share : cell;
}
