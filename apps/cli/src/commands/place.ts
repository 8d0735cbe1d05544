import {
  type Area,
  type AreaWithOverlap,
  areasIn,
  contestsIn,
  dataset,
  foldName,
  predecessorsOf,
  representativesOf,
  resultOf,
  successorsOf,
} from "@labour-left/data";
import { boundaryYears, describeArea } from "../_areas";
import { stoodFor } from "../_candidacy-rows";
import { findPlace } from "../_lookup";
import { type CommandResult, share, type Table } from "../_result";

/** "in force from 2024-05-31; no end in the sources", not a bare "unknown" that reads as a gap. */
function boundaries(area: Area): string | undefined {
  if (area.startDate === undefined) return undefined;
  const end =
    area.endDate === undefined || area.endDate === "unknown" ? "no end in the sources" : `until ${area.endDate}`;
  return `boundaries: in force from ${area.startDate}; ${end}`;
}

const overlapTable = (overlaps: readonly AreaWithOverlap[]): Table => ({
  columns: ["id", "name", "years", "population of 2010 seat", "population of 2024 seat"],
  rows: overlaps.map(({ area, overlap }) => [
    area.id,
    area.name,
    boundaryYears(area),
    share(overlap.fromPopulationShare),
    share(overlap.toPopulationShare),
  ]),
});

/** One place: its codes, region, boundaries, overlaps, who represented it and how each contest there ended. */
export function place(idNameOrCode: string): CommandResult {
  const area = findPlace(idNameOrCode);
  const representatives = representativesOf(area.id);
  const constituencies = area.classification === "nell-region" ? areasIn(area.id) : [];
  const contests = contestsIn(area.id).map((contest) => ({ contest, result: resultOf(contest.id) }));
  const successors = successorsOf(area.id);
  const predecessors = predecessorsOf(area.id);
  const sameName = dataset.areas.filter(
    (other) =>
      other !== area && other.classification === "constituency" && foldName(other.name) === foldName(area.name),
  );
  const sections: { title: string; table: Table }[] = [];
  if (area.localAuthorities)
    sections.push({
      title: "local authorities",
      table: {
        columns: ["code", "name", "population share"],
        rows: area.localAuthorities.map((authority) => [
          authority.code,
          authority.name,
          share(authority.populationShare),
        ]),
      },
    });
  if (constituencies.length > 0)
    sections.push({
      title: "constituencies (those of 2024 placed by Labour Left Data's rule, not the article)",
      table: {
        columns: ["id", "name", "years"],
        rows: constituencies.map((constituency) => [constituency.id, constituency.name, boundaryYears(constituency)]),
      },
    });
  if (successors.length > 0)
    sections.push({ title: "constituencies of 2024 that cover it", table: overlapTable(successors) });
  if (predecessors.length > 0)
    sections.push({ title: "NELL's constituencies of 2010-2024 it covers", table: overlapTable(predecessors) });
  if (area.classification === "constituency") {
    sections.push(
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
      {
        title: "contests (labour-left results <constituency> --election <year> for every candidate)",
        table: {
          columns: ["election", "kind", "winner", "stood for", "share", "majority", "turnout", "result"],
          rows: contests.map(({ contest, result }) => {
            const winner = result?.candidacies[0];
            return [
              contest.electionDate,
              contest.electionKind,
              winner?.name,
              winner ? stoodFor(winner) : undefined,
              winner ? share(winner.voteShare) : undefined,
              contest.majority,
              share(contest.turnout),
              contest.resultSummary,
            ];
          }),
        },
      },
    );
  }
  return {
    json: {
      ...area,
      representatives,
      contests: contests.map(({ contest }) => contest),
      successors,
      predecessors,
      constituencies: constituencies.map((constituency) => constituency.id),
    },
    lines: [
      area.name,
      `id: ${area.id}`,
      `classification: ${area.classification}`,
      ...(area.parentId ? [`region: ${area.parentId}`] : []),
      ...(boundaries(area) ? [boundaries(area) as string] : []),
      ...area.identifiers.map((identifier) => `${identifier.scheme}: ${identifier.identifier}`),
      ...sameName.map((other) => `same name, other boundaries: ${describeArea(other)}`),
      ...(area.note ? [`note: ${area.note}`] : []),
    ],
    sections,
  };
}
