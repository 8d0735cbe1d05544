/** A failure to report in one line: exit 1 for a failed request, 2 for wrong usage. */
export class CliError extends Error {
  override readonly name = "CliError";
  /** The usage of the command that was misused, printed after a usage error. */
  usage: string | undefined;
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    /** Further lines, such as every problem found in a file. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** By name, not instanceof: each command is bundled into its own file, with its own copy of the class. */
export function isCliError(error: unknown): error is CliError {
  return error instanceof Error && error.name === "CliError" && "exitCode" in error;
}
