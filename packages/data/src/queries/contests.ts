import type { AreaId, ContestId } from "../ids";
import type { Candidacy, Contest, NotionalResult } from "../types/bundled";
import {
  type AreaWithOverlap,
  areasById,
  candidaciesByContest,
  contestsByArea,
  contestsById,
  notionalResultsByArea,
  overlapsByOlderArea,
} from "./_indexes";

/**
 * The contest (one constituency, one polling day) with this id.
 * @example getContest("ge2019-easington")?.turnout // 0.565248
 */
export function getContest(id: ContestId): Contest | undefined {
  return contestsById().get(id);
}

/**
 * The contests in a constituency, oldest first; with `kind`, only general elections or only by-elections.
 * @example contestsIn("middlesbrough", { kind: "by-election" })[0]?.electionDate // "2012-11-29"
 */
export function contestsIn(areaId: AreaId, options: { kind?: Contest["electionKind"] } = {}): Contest[] {
  const all = contestsByArea().get(areaId) ?? [];
  return [...(options.kind === undefined ? all : all.filter((contest) => contest.electionKind === options.kind))].sort(
    (a, b) => a.electionDate.localeCompare(b.electionDate),
  );
}

/** A contest with every candidate, in the order of the result. */
export interface ContestResult {
  readonly contest: Contest;
  /** Every candidacy, winner first. */
  readonly candidacies: readonly Candidacy[];
}

/**
 * A contest's whole result: every candidate, winner first.
 * @example resultOf("ge2019-easington")?.candidacies[1]?.name // "Clare Ambrosino"
 */
export function resultOf(contestId: ContestId): ContestResult | undefined {
  const contest = contestsById().get(contestId);
  if (contest === undefined) return undefined;
  const candidacies = [...(candidaciesByContest().get(contestId) ?? [])].sort((a, b) => a.position - b.position);
  return { contest, candidacies };
}

/**
 * The 2019 general election's result estimated on a constituency of 2024 (by party; an estimate, not a count).
 * @example notionalResultFor("easington-2024")?.estimate // true
 */
export function notionalResultFor(areaId: AreaId): NotionalResult | undefined {
  return notionalResultsByArea().get(areaId)?.[0];
}

/**
 * The constituencies of 2024 that cover a constituency of 2010-2024 (one of NELL's 33), largest share of its
 * population first, with the shares each way.
 * @example successorsOf("easington").map(({ area }) => area.id) // ["easington-2024", …]
 */
export function successorsOf(areaId: AreaId): AreaWithOverlap[] {
  return [...(overlapsByOlderArea().get(areaId) ?? [])].sort(
    (a, b) => b.overlap.fromPopulationShare - a.overlap.fromPopulationShare,
  );
}

/**
 * The constituencies of 2010-2024 among NELL's 33 that a constituency of 2024 overlaps, largest share of its
 * population first, with the shares each way.
 * @example predecessorsOf("easington-2024").map(({ area }) => area.id) // ["easington", …]
 */
export function predecessorsOf(areaId: AreaId): AreaWithOverlap[] {
  const area = areasById().get(areaId);
  const areas = areasById();
  return (area?.overlaps ?? [])
    .flatMap((overlap) => {
      const older = areas.get(overlap.fromAreaId);
      return older ? [{ area: older, overlap }] : [];
    })
    .sort((a, b) => b.overlap.toPopulationShare - a.overlap.toPopulationShare);
}
