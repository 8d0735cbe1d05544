/** The first and last day a partial date can mean, as `YYYY-MM-DD` strings (which sort as dates). */
export interface DayRange {
  readonly first: string;
  readonly last: string;
}

/**
 * `2020` -> 2020-01-01..2020-12-31; `2020-09` -> 2020-09-01..2020-09-30; `2020-09-21` -> that day.
 * Expects a valid partial date.
 */
export function toDayRange(partialDate: string): DayRange {
  const [year = "", month, day] = partialDate.split("-");
  if (day !== undefined) return { first: partialDate, last: partialDate };
  if (month !== undefined) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, "0")}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}
