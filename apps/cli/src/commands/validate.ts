import { describeIssue } from "@labour-left/data/schemas";
import { validateDatasetFile } from "@labour-left/exporter";
import type { CommandResult } from "../_result";

/** Checks a JSON file against the dataset schema, reading it in pieces; exit 0 when valid, 1 when not. */
export async function validate(file: string): Promise<CommandResult> {
  const { valid, issues } = await validateDatasetFile(file);
  return {
    json: { file, valid, issues: issues.map((issue) => ({ ...issue, description: describeIssue(issue) })) },
    lines: valid
      ? [`${file}: valid`]
      : [
          `${file}: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
          ...issues.map((issue) => `  ${describeIssue(issue)}`),
        ],
    exitCode: valid ? 0 : 1,
  };
}
