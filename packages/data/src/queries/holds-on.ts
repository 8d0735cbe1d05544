import { type DayRange, rangesOverlap, toDayRange } from "../_partial-date-range";
import type { Membership } from "../schemas/membership";

/**
 * Whether the sources show that a membership held at some time within `date` (a partial date).
 * Unknown is not yes: a membership with unknown dates holds only on its `asOf` date.
 * @example membershipHoldsOn({ startDate: "unknown", endDate: "unknown", asOf: "2020-09-21" }, "2020-09") // true
 */
export function membershipHoldsOn(
  membership: Pick<Membership, "startDate" | "endDate" | "asOf">,
  date: string,
): boolean {
  const wanted = toDayRange(date);
  return knownPeriods(membership).some((period) => rangesOverlap(period, wanted));
}

function knownPeriods({ startDate, endDate, asOf }: Pick<Membership, "startDate" | "endDate" | "asOf">): DayRange[] {
  const periods: DayRange[] = [];
  if (asOf !== undefined) periods.push(toDayRange(asOf));
  if (startDate !== "unknown" && endDate !== "unknown") {
    // Only the days certainly inside both partial bounds count as known.
    const first = toDayRange(startDate).last;
    const last = endDate === "ongoing" ? "9999-12-31" : toDayRange(endDate).first;
    if (first <= last) periods.push({ first, last });
  }
  return periods;
}
