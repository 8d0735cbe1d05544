import { type DatasetIssue, formatPath, previewValue } from "./_issue";

/**
 * One line for a problem: where, what, and the value found.
 * @example describeIssue(issue) // "memberships[3].personId: no record 'nobody' in people (received \"nobody\")"
 */
export function describeIssue(issue: DatasetIssue): string {
  const received = "value" in issue ? ` (received ${previewValue(issue.value)})` : "";
  return `${formatPath(issue.path)}: ${issue.message}${received}`;
}
