import { type DayRange, rangesOverlap, toDayRange } from "../_partial-date-range";
import type { Membership } from "../types/records";
import { checkedDate } from "./_checked-date";

type Dates = Pick<Membership, "startDate" | "endDate" | "asOf"> & { readonly latestStartDate?: string | undefined };

const contains = (outer: DayRange, inner: DayRange): boolean => outer.first <= inner.first && inner.last <= outer.last;

/**
 * Whether the sources show that a membership held at some time within `date` (a partial date).
 * Unknown is not yes: a membership whose dates are unknown holds only on its `asOf` date.
 * @example membershipHoldsOn({ startDate: "unknown", endDate: "unknown", asOf: "2020-09-21" }, "2020-09") // true
 */
export function membershipHoldsOn(membership: Dates, date: string): boolean {
  const wanted = toDayRange(checkedDate(date, "date"));
  const inside = knownInterval(membership);
  if (inside && rangesOverlap(inside, wanted)) return true;
  // A moment known only to a partial date (its start, its end, asOf) counts only if `date` covers all of it.
  return knownMoments(membership).some((moment) => contains(wanted, moment));
}

/**
 * The days on which the membership certainly held: from the latest possible start (its `latestStartDate` where a
 * source bounds a start known only to the month) to the earliest possible end.
 */
function knownInterval({ startDate, latestStartDate, endDate }: Dates): DayRange | undefined {
  if (startDate === "unknown" || endDate === "unknown") return undefined;
  const first = latestStartDate ?? toDayRange(startDate).last;
  const last = endDate === "ongoing" ? "9999-12-31" : toDayRange(endDate).first;
  return first <= last ? { first, last } : undefined;
}

function knownMoments({ startDate, endDate, asOf }: Dates): DayRange[] {
  const moments: DayRange[] = [];
  if (asOf !== undefined) moments.push(toDayRange(asOf));
  if (startDate !== "unknown") moments.push(toDayRange(startDate));
  if (endDate !== "unknown" && endDate !== "ongoing") moments.push(toDayRange(endDate));
  return moments;
}
