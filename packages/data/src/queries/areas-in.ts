import type { RegionId } from "../ids";
import type { Area } from "../types/records";
import { areasByParent } from "./_indexes";

/**
 * The constituencies in one of NELL's regions.
 * @example areasIn("north-cumbria").map((area) => area.name) // ["Penrith & The Border", "Workington", "Copeland", "Carlisle"]
 */
export function areasIn(regionId: RegionId): Area[] {
  return [...(areasByParent().get(regionId) ?? [])];
}
