import { toDayRange } from "../_partial-date-range";
import type { AreaId } from "../ids";
import type { Area } from "../types/bundled";
import { checkedDate } from "./_checked-date";
import { areasByParent } from "./_indexes";

/** Whether an area's boundaries were in force at some time within `date` (a partial date). */
export function areaInForce(area: Pick<Area, "startDate" | "endDate">, date: string): boolean {
  const wanted = toDayRange(checkedDate(date, "date"));
  const { startDate, endDate } = area;
  if (startDate !== undefined && toDayRange(startDate).first > wanted.last) return false;
  if (endDate !== undefined && endDate !== "unknown" && endDate !== "ongoing")
    return toDayRange(endDate).last >= wanted.first;
  return true;
}

/**
 * The constituencies in one of NELL's regions: its 33 of 2010-2024 and the constituencies of 2024 placed in it (by
 * the rule in the region's note, cited as inferred). With `on`, only those whose boundaries were in force then. Any
 * area id is accepted, so that a region read from the records needs no cast; a constituency contains none.
 * @example areasIn("north-cumbria", { on: "2020-09-21" }).map((area) => area.name) // ["Penrith and The Border", "Workington", "Copeland", "Carlisle"]
 * @throws RangeError when `on` is not a date such as 2020, 2020-09 or 2020-09-21
 */
export function areasIn(regionId: AreaId, options: { on?: string } = {}): Area[] {
  const on = options.on === undefined ? undefined : checkedDate(options.on, "on");
  const areas = areasByParent().get(regionId) ?? [];
  return on === undefined ? [...areas] : areas.filter((area) => areaInForce(area, on));
}
