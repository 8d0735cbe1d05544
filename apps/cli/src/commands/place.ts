import { type AreaId, areasIn, candidaciesIn, type RegionId, representativesOf } from "@labour-left/data";
import { CANDIDACY_COLUMNS, candidacyRow } from "../_candidacy-rows";
import { findPlace } from "../_lookup";
import type { CommandResult } from "../_result";

/** One place: its codes, region, local authorities and who represented it, as far as the data knows. */
export function place(idNameOrCode: string): CommandResult {
  const area = findPlace(idNameOrCode);
  const representatives = representativesOf(area.id as AreaId);
  const candidacies = candidaciesIn(area.id as AreaId);
  const constituencies = area.classification === "nell-region" ? areasIn(area.id as RegionId) : [];
  return {
    json: {
      ...area,
      representatives,
      candidacies,
      constituencies: constituencies.map((constituency) => constituency.id),
    },
    lines: [
      area.name,
      `id: ${area.id}`,
      `classification: ${area.classification}`,
      ...(area.parentId ? [`region: ${area.parentId}`] : []),
      ...(area.startDate ? [`boundaries: ${area.startDate} to ${area.endDate ?? "unknown"}`] : []),
      ...area.identifiers.map((identifier) => `${identifier.scheme}: ${identifier.identifier}`),
      ...(area.note ? [`note: ${area.note}`] : []),
    ],
    sections: [
      ...(area.localAuthorities
        ? [
            {
              title: "local authorities",
              table: {
                columns: ["code", "name", "population share"],
                rows: area.localAuthorities.map((authority) => [
                  authority.code,
                  authority.name,
                  authority.populationShare,
                ]),
              },
            },
          ]
        : []),
      ...(constituencies.length > 0
        ? [
            {
              title: "constituencies",
              table: {
                columns: ["id", "name"],
                rows: constituencies.map((constituency) => [constituency.id, constituency.name]),
              },
            },
          ]
        : []),
      ...(area.classification === "constituency"
        ? [
            {
              title: "represented by (as far as the data knows)",
              table: {
                columns: ["person", "startDate", "endDate"],
                rows: representatives.map(({ person, membership }) => [
                  person.name,
                  membership.startDate,
                  membership.endDate,
                ]),
              },
            },
          ]
        : []),
      ...(candidacies.length > 0
        ? [
            {
              title: "candidacies, every candidate (the party stood for on that polling day)",
              table: {
                columns: ["candidate", ...CANDIDACY_COLUMNS],
                rows: candidacies.map((candidacy) => [candidacy.name, ...candidacyRow(candidacy)]),
              },
            },
          ]
        : []),
    ],
  };
}
