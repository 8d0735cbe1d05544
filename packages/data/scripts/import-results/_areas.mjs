// Constituencies the contests bring in beyond the hand-written ones, the 2024 seats' overlaps with NELL's 33
// constituencies, and the rule that places a 2024 seat in a NELL region.
import { applicationCitation, generalRowCitation } from "./_citations.mjs";
import { slug } from "./_read.mjs";

export const NEW_BOUNDARY_SET_START = "2024-05-31";
const OLD_BOUNDARY_SET = { start: "2010-04-13", end: "2024-05-30" };

/** A region takes a 2024 seat when more than this share of the seat's population lived in its constituencies. */
export const PLACEMENT_THRESHOLD = 0.5;

export const areaIdFor = (name, boundarySetStart) =>
  boundarySetStart === NEW_BOUNDARY_SET_START ? `${slug(name)}-2024` : slug(name);

const OVERLAP_FIELDS = [
  ["fromPopulationShare", "from_population_overlap"],
  ["toPopulationShare", "to_population_overlap"],
  ["fromResidentialShare", "from_residential_overlap"],
  ["toResidentialShare", "to_residential_overlap"],
  ["fromGeographicShare", "from_geographic_overlap"],
  ["toGeographicShare", "to_geographic_overlap"],
];

function overlapsOf(rows, areaIdByGss) {
  return rows.map((row) => ({
    fromAreaId: areaIdByGss.get(row.from_gss_2010),
    ...Object.fromEntries(OVERLAP_FIELDS.map(([field, column]) => [field, Number(row[column])])),
  }));
}

/** The GSS codes of the constituencies of 2010-2024, as PROVENANCE.md gives them: E14000530 to E14001062. */
const isOfOldBoundarySet = (gss) =>
  /^E14\d{6}$/.test(gss) && Number(gss.slice(3)) >= 530 && Number(gss.slice(3)) <= 1062;

/** The NELL region holding more than half the seat's population (by its overlaps), if one does. */
function placementOf(overlaps, regionOf) {
  const byRegion = new Map();
  for (const overlap of overlaps) {
    const region = regionOf.get(overlap.fromAreaId);
    byRegion.set(region, (byRegion.get(region) ?? 0) + overlap.toPopulationShare);
  }
  const [region, share] = [...byRegion].sort((a, b) => b[1] - a[1])[0] ?? [];
  return share > PLACEMENT_THRESHOLD ? { region, share: Math.round(share * 1000) / 1000 } : undefined;
}

/**
 * An area for a constituency that no hand-written record holds. `row` is a general-election row, or a by-election
 * contest row (whose file gives no boundary dates: they are read from the GSS code's range, as inferred).
 */
export function toContestedArea({ row, overlapRows, areaIdByGss, regionOf, olderIds }) {
  const general = row.general_election_polling_date !== undefined;
  const gss = general ? row.constituency_geographic_code : row.constituency_gss;
  const name = row.constituency_name;
  if (!general && !isOfOldBoundarySet(gss)) throw new Error(`${gss} is not a constituency of 2010-2024`);
  const start = general ? row.boundary_set_start_date : OLD_BOUNDARY_SET.start;
  const end = general ? row.boundary_set_end_date : OLD_BOUNDARY_SET.end;
  const id = areaIdFor(name, start);
  const isNew = start === NEW_BOUNDARY_SET_START;
  const rowCitation = (note) =>
    general
      ? generalRowCitation(row, `${name} (${gss}) in the results of ${row.general_election_polling_date}: ${note}`)
      : applicationCitation(row, `${name} (${gss}) at the by-election of ${row.polling_date}: ${note}`);
  const overlaps = overlapsOf(overlapRows, areaIdByGss);
  const placement = isNew ? placementOf(overlaps, regionOf) : undefined;
  const sameNameBefore = isNew && olderIds.has(slug(name));
  const notes = [
    sameNameBefore
      ? `A constituency of the boundaries in force from 2024-05-31, with a new GSS code: a different area from the constituency of 2010-2024 of the same name (${slug(name)}).`
      : undefined,
    overlaps.length > 0
      ? `Overlaps ${overlaps.length} of NELL's 33 constituencies of 2010-2024 (see overlaps)${placement ? `; placed in a NELL region by the rule in the region's note: ${Math.round(placement.share * 100)}% of its population lived in that region's constituencies` : "; not placed in a NELL region: no region's constituencies held more than half of its population"}.`
      : undefined,
  ].filter(Boolean);
  return {
    id,
    name,
    classification: "constituency",
    parentId: placement?.region,
    startDate: start,
    endDate: end === "" ? "unknown" : end,
    overlaps: overlaps.length > 0 ? overlaps : undefined,
    note: notes.length > 0 ? notes.join(" ") : undefined,
    otherNames: [],
    identifiers: [{ scheme: "gss", identifier: gss, sources: [rowCitation("constituency geographic code")] }],
    sources: [
      general
        ? rowCitation(`boundary set ${start} to ${end || "(no end given)"}`)
        : {
            ...rowCitation("the constituency"),
            basis: "inferred",
            fields: ["startDate", "endDate"],
            reason: `The by-election file gives no boundary dates; GSS codes E14000530 to E14001062 are the constituencies of the boundaries in force from ${OLD_BOUNDARY_SET.start} to ${OLD_BOUNDARY_SET.end}, as the general-election results give them.`,
          },
      ...(overlapRows.length > 0
        ? [
            applicationCitation(overlapRows[0], `the overlaps of ${name} (${gss}) with NELL's constituencies`, {
              fields: ["overlaps"],
            }),
          ]
        : []),
      ...(placement
        ? [
            applicationCitation(overlapRows[0], `the population overlaps of ${name} (${gss})`, {
              basis: "inferred",
              fields: ["parentId"],
              reason: `Labour Left Data's rule: a 2024 constituency is placed in the NELL region whose 2010-2024 constituencies held more than half of its population (the sum of their population overlaps as a share of the 2024 constituency). Here ${Math.round(placement.share * 1000) / 10}% lived in that region's constituencies.`,
            }),
          ]
        : []),
    ],
  };
}

export function toPost(areaId, name, isNew, citation) {
  return {
    id: `mp-for-${areaId}`,
    label: `Member of Parliament for ${name}${isNew ? " (boundaries of 2024)" : ""}`,
    organizationId: "house-of-commons",
    areaId,
    sources: [citation],
  };
}
