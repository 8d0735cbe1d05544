import { type DatasetIssue, formatPath, previewValue } from "./_issue";
import { checkProvenance } from "./provenance";
import { checkReferences } from "./references";
import { checkShape } from "./shape";
import { checkTime } from "./time";
import { checkUniqueIds } from "./unique-ids";

/** How many problems are listed at most; a final issue says how many more there were. */
export const MAX_LISTED_ISSUES = 1000;

export interface ValidationResult {
  readonly valid: boolean;
  readonly issues: readonly DatasetIssue[];
}

/**
 * Checks anything against the dataset schema, in layers: shape and formats, time logic, unique ids,
 * references, provenance. Returns every problem with its path and value; never throws.
 * @example validateDataset(JSON.parse(text)).issues.map(describeIssue)
 */
export function validateDataset(input: unknown): ValidationResult {
  let issues: DatasetIssue[];
  try {
    const { issues: shapeIssues, valid, ids } = checkShape(input);
    issues = [
      ...shapeIssues,
      ...checkTime(valid),
      ...checkUniqueIds(valid),
      ...checkReferences(valid, ids),
      ...checkProvenance(valid),
    ];
  } catch (error) {
    // Hostile input (a throwing getter, a revoked proxy) must still yield an answer, not an exception.
    issues = [
      {
        layer: "shape",
        path: [],
        message: `the input could not be read: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
  if (issues.length > MAX_LISTED_ISSUES) {
    const more = issues.length - MAX_LISTED_ISSUES;
    issues = [
      ...issues.slice(0, MAX_LISTED_ISSUES),
      { layer: "shape", path: [], message: `${more} more problems not listed` },
    ];
  }
  return { valid: issues.length === 0, issues };
}

/**
 * One line for a problem: where, what, and the value found.
 * @example describeIssue(issue) // "memberships[3].personId: no record 'nobody' in people (received \"nobody\")"
 */
export function describeIssue(issue: DatasetIssue): string {
  const received = "value" in issue ? ` (received ${previewValue(issue.value)})` : "";
  return `${formatPath(issue.path)}: ${issue.message}${received}`;
}
