import { describeIssue } from "@labour-left/data/schemas";
import { inputName, problemCount, problemLines, validateDatasetFile } from "@labour-left/exporter";
import type { CommandResult } from "../_result";

/** Checks a JSON file (`-`: standard input) against the dataset schema, in pieces; exit 0 when valid, 1 when not. */
export async function validate(file: string): Promise<CommandResult> {
  const result = await validateDatasetFile(file);
  const name = inputName(file);
  const { valid, issues, total } = result;
  return {
    json: {
      file,
      valid,
      total,
      complete: result.complete,
      issues: issues.map((issue) => ({ ...issue, description: describeIssue(issue) })),
    },
    lines: valid
      ? [`${name}: valid`]
      : [`${name}: ${problemCount(result)}`, ...problemLines(result).map((line) => `  ${line}`)],
    exitCode: valid ? 0 : 1,
  };
}
