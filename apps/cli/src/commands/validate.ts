import { describeIssue } from "@labour-left/data/schemas";
import { problemCount, problemLines, validateDatasetFile } from "@labour-left/exporter";
import type { CommandResult } from "../_result";

/** Checks a JSON file against the dataset schema, reading it in pieces; exit 0 when valid, 1 when not. */
export async function validate(file: string): Promise<CommandResult> {
  const result = await validateDatasetFile(file);
  const { valid, issues, total } = result;
  return {
    json: { file, valid, total, issues: issues.map((issue) => ({ ...issue, description: describeIssue(issue) })) },
    lines: valid
      ? [`${file}: valid`]
      : [`${file}: ${problemCount(result)}`, ...problemLines(result).map((line) => `  ${line}`)],
    exitCode: valid ? 0 : 1,
  };
}
