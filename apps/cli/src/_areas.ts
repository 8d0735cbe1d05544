import type { Area } from "@labour-left/data";

/** "2010–2024", "2024–": a constituency's years, which tell apart two of one name. */
export function boundaryYears(area: Area): string | undefined {
  if (area.startDate === undefined) return undefined;
  const end = area.endDate === undefined || area.endDate === "unknown" ? "" : area.endDate.slice(0, 4);
  return `${area.startDate.slice(0, 4)}–${end}`;
}

/** "'islington-north-2024' (Islington North, 2024–)" */
export const describeArea = (area: Area): string =>
  `'${area.id}' (${area.name}${boundaryYears(area) ? `, ${boundaryYears(area)}` : ""})`;
