import { editDistance, foldName } from "@labour-left/data";

/** The candidates nearest to what was typed, for "did you mean" (at most three, within a third of its length). */
export function closestMatches(typed: string, candidates: readonly string[]): string[] {
  const wanted = foldName(typed);
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(wanted, foldName(candidate)) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/** "no person 'dianne-abbot'; did you mean 'diane-abbott'?" */
export function notFound(kind: string, typed: string, candidates: readonly string[]): string {
  const closest = closestMatches(typed, candidates);
  const hint =
    closest.length === 0 ? "" : `; did you mean ${closest.map((candidate) => `'${candidate}'`).join(" or ")}?`;
  return `no ${kind} '${typed}'${hint}`;
}
