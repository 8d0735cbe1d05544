import { describeIssue, type ValidationResult } from "@labour-left/data/schemas";

/** How many problems a message lists at most: the rest are counted. */
export const PROBLEMS_SHOWN = 50;

/** "people.json does not follow the dataset schema (1,234 problems)": the exact total. */
export function problemCount(result: ValidationResult): string {
  return `${result.total.toLocaleString("en-GB")} problem${result.total === 1 ? "" : "s"}`;
}

/** The first problems, one line each, then how many more there are: a report that stays readable. */
export function problemLines(result: ValidationResult, shown = PROBLEMS_SHOWN): string[] {
  const listed = result.issues.slice(0, Math.min(shown, result.total));
  const rest = result.total - listed.length;
  return [...listed.map(describeIssue), ...(rest > 0 ? [`... and ${rest.toLocaleString("en-GB")} more`] : [])];
}
