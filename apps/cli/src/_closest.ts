import { editDistance, foldName } from "@labour-left/data";

/** The candidates nearest to what was typed, for "did you mean" (at most three, within a third of its length). */
export function closestMatches(typed: string, candidates: readonly string[]): string[] {
  const wanted = foldName(typed);
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  return (
    candidates
      .map((candidate) => ({ candidate, folded: foldName(candidate) }))
      // Lengths further apart than the limit cannot be near: skipped before the quadratic comparison.
      .filter(({ folded }) => Math.abs(folded.length - wanted.length) <= limit)
      .map(({ candidate, folded }) => ({ candidate, distance: editDistance(wanted, folded) }))
      .filter(({ distance }) => distance <= limit)
      .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
      .slice(0, 3)
      .map(({ candidate }) => candidate)
  );
}

/** What was typed, as a message quotes it: cut short when long. */
export function quoted(typed: string): string {
  return typed.length > 80 ? `${typed.slice(0, 77)}... (${typed.length.toLocaleString("en-GB")} characters)` : typed;
}

/** "no person 'dianne-abbot'; did you mean 'diane-abbott'?" */
export function notFound(kind: string, typed: string, candidates: readonly string[]): string {
  const closest = closestMatches(typed, candidates);
  const hint =
    closest.length === 0 ? "" : `; did you mean ${closest.map((candidate) => `'${candidate}'`).join(" or ")}?`;
  return `no ${kind} '${quoted(typed)}'${hint}`;
}
