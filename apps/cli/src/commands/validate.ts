import { describeIssue, validateDataset } from "@labour-left/data/schemas";
import { readJsonFile } from "@labour-left/exporter";
import type { CommandResult } from "../_result";

/** Checks a JSON file against the dataset schema; exit 0 when valid, 1 when not. */
export async function validate(file: string): Promise<CommandResult> {
  const { valid, issues } = validateDataset(await readJsonFile(file));
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
