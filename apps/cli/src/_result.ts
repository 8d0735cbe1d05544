export type Cell = string | number | boolean | undefined;

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
