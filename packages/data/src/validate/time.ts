import { toDayRange } from "../_partial-date-range";
import type { DatasetIssue } from "./_issue";
import type { ValidEntries } from "./shape";

const isDate = (value: string): boolean => value !== "unknown" && value !== "ongoing";

/** Layer 3: nothing ends before it starts, and an `asOf` date lies between start and end. */
export function checkTime(valid: ValidEntries): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const { index, record } of valid.memberships) {
    const { startDate, endDate, asOf } = record;
    if (isDate(startDate) && isDate(endDate) && toDayRange(startDate).first > toDayRange(endDate).last) {
      issues.push({
        layer: "time",
        path: ["memberships", index, "endDate"],
        message: `endDate ${endDate} is before startDate ${startDate}`,
        value: endDate,
      });
    }
    if (asOf !== undefined && isDate(startDate) && toDayRange(asOf).last < toDayRange(startDate).first) {
      issues.push({
        layer: "time",
        path: ["memberships", index, "asOf"],
        message: `asOf ${asOf} is before startDate ${startDate}`,
        value: asOf,
      });
    }
    if (asOf !== undefined && isDate(endDate) && toDayRange(asOf).first > toDayRange(endDate).last) {
      issues.push({
        layer: "time",
        path: ["memberships", index, "asOf"],
        message: `asOf ${asOf} is after endDate ${endDate}`,
        value: asOf,
      });
    }
  }
  for (const { index, record } of valid.events) {
    if (record.endDate !== undefined && toDayRange(record.startDate).first > toDayRange(record.endDate).last) {
      issues.push({
        layer: "time",
        path: ["events", index, "endDate"],
        message: `endDate ${record.endDate} is before startDate ${record.startDate}`,
        value: record.endDate,
      });
    }
  }
  return issues;
}
