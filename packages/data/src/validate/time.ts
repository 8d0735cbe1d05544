import { toDayRange } from "../_partial-date-range";
import type { Event } from "../schemas/event";
import type { Membership } from "../schemas/membership";
import type { DatasetIssue, IssuePath } from "./_issue";

const isDate = (value: string): boolean => value !== "unknown" && value !== "ongoing";

const startsAfterEnd = (start: string, end: string): boolean => toDayRange(start).first > toDayRange(end).last;

function checkMembership(record: Membership, path: IssuePath): DatasetIssue[] {
  const { startDate, endDate, asOf } = record;
  const issues: DatasetIssue[] = [];
  if (isDate(startDate) && isDate(endDate) && startsAfterEnd(startDate, endDate)) {
    issues.push({
      layer: "time",
      path: [...path, "endDate"],
      message: `endDate ${endDate} is before startDate ${startDate}`,
      value: endDate,
    });
  }
  if (asOf !== undefined && isDate(startDate) && startsAfterEnd(startDate, asOf)) {
    issues.push({
      layer: "time",
      path: [...path, "asOf"],
      message: `asOf ${asOf} is before startDate ${startDate}`,
      value: asOf,
    });
  }
  if (asOf !== undefined && isDate(endDate) && startsAfterEnd(asOf, endDate)) {
    issues.push({
      layer: "time",
      path: [...path, "asOf"],
      message: `asOf ${asOf} is after endDate ${endDate}`,
      value: asOf,
    });
  }
  return issues;
}

function checkEvent(record: Event, path: IssuePath): DatasetIssue[] {
  if (record.endDate === undefined || !startsAfterEnd(record.startDate, record.endDate)) return [];
  return [
    {
      layer: "time",
      path: [...path, "endDate"],
      message: `endDate ${record.endDate} is before startDate ${record.startDate}`,
      value: record.endDate,
    },
  ];
}

/** Layer 3: nothing ends before it starts, and an `asOf` date lies between start and end. */
export function checkTime(collection: string, index: number, record: unknown): DatasetIssue[] {
  if (collection === "memberships") return checkMembership(record as Membership, [collection, index]);
  if (collection === "events") return checkEvent(record as Event, [collection, index]);
  return [];
}
