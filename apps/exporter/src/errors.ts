/** A failure the user can act on: printed as it is, without a stack trace, with exit code 1. */
export class ExportError extends Error {
  override readonly name = "ExportError";
  constructor(
    message: string,
    /** Further lines, such as every problem found in an input file. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}
