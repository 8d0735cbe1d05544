import { describeIssue } from "@labour-left/data";
import type { ValidationResult } from "@labour-left/data/schemas";

/** How many problems a message lists at most: the rest are counted. */
export const PROBLEMS_SHOWN = 50;

/** "1,234 problems": the exact total, or "at least 10,000 problems" where checking stopped at the cap. */
export function problemCount(result: ValidationResult): string {
  const count = `${result.total.toLocaleString("en-GB")} problem${result.total === 1 ? "" : "s"}`;
  return result.complete ? count : `at least ${count}`;
}

/** The first problems, one line each, then how many more there are: a report that stays readable. */
export function problemLines(result: ValidationResult, shown = PROBLEMS_SHOWN): string[] {
  const listed = result.issues.slice(0, Math.min(shown, result.total));
  const rest = result.total - listed.length;
  const more = `... and ${result.complete ? "" : "at least "}${rest.toLocaleString("en-GB")} more`;
  return [...listed.map(describeIssue), ...(rest > 0 ? [more] : [])];
}
