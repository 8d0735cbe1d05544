import type { CommandResult } from "./_result";

export interface OptionSpec {
  readonly name: string;
  /** The value's placeholder, for an option that takes one (`<date>`); absent for a flag. */
  readonly value?: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly short?: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly args: readonly string[];
  readonly description: string;
  readonly example: string;
  readonly options: readonly OptionSpec[];
  /** Whether its output is one table, which `--format csv` can print. */
  readonly tabular?: boolean;
  /** Loaded only when the command runs, so that start-up stays small. */
  readonly run: (
    args: readonly string[],
    options: Readonly<Record<string, string | undefined>>,
  ) => Promise<CommandResult>;
}

/** The options every command takes. */
const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: "json", description: "print JSON (errors too, on stderr)" },
  { name: "debug", description: "print stack traces of errors" },
  { name: "help", short: "h", description: "show this help" },
];

const FORMAT_OPTION: OptionSpec = {
  name: "format",
  value: "<format>",
  description: "output format",
  choices: ["table", "csv"],
};

/** A command's own options, then those every command takes (`--format` only where the output is a table). */
export const optionsOf = (command: CommandSpec): readonly OptionSpec[] => [
  ...command.options,
  ...(command.tabular ? [FORMAT_OPTION] : []),
  ...COMMON_OPTIONS,
];
