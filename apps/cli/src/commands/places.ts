import { dataset } from "@labour-left/data";
import { boundaryYears } from "../_areas";
import { findPlace } from "../_lookup";
import type { CommandResult } from "../_result";

const gssOf = (identifiers: readonly { scheme: string; identifier: string }[]): string | undefined =>
  identifiers.find((identifier) => identifier.scheme === "gss")?.identifier;

/** NELL's regions and the constituencies, optionally only those of one region. */
export function places(options: { region?: string }): CommandResult {
  const region = options.region === undefined ? undefined : findPlace(options.region);
  const chosen = region ? dataset.areas.filter((area) => area.parentId === region.id) : dataset.areas;
  const rows = chosen.map((area) => ({
    id: area.id,
    name: area.name,
    classification: area.classification,
    region: area.parentId,
    gss: gssOf(area.identifiers),
    years: boundaryYears(area),
  }));
  return {
    json: rows,
    table: {
      columns: ["id", "name", "classification", "region", "gss", "years"],
      rows: rows.map((row) => Object.values(row)),
    },
  };
}
