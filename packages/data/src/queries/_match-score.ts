import { editDistance } from "./_edit-distance";
import { foldName } from "./fold-name";

/**
 * How well `text` matches a folded query: 0 when it contains the query (a part of a name), else the largest number
 * of typos in any of the query's words (one for words of 4 letters or more, two from 8), or undefined for no match.
 */
export function matchScore(text: string, foldedQuery: string): number | undefined {
  const haystack = foldName(text);
  if (haystack.includes(foldedQuery)) return 0;
  const words = haystack.split(/[^\p{L}\p{N}]+/u);
  let worst = 0;
  for (const word of foldedQuery.split(" ")) {
    const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    let best = Number.POSITIVE_INFINITY;
    for (const candidate of words) {
      // Lengths further apart than the typos allowed cannot match: skipped before the quadratic comparison.
      if (Math.abs(candidate.length - word.length) <= allowed) best = Math.min(best, editDistance(word, candidate));
    }
    if (best > allowed) return undefined;
    worst = Math.max(worst, best);
  }
  return worst;
}

/** The best score of any of the texts, or undefined when none matches. */
export function bestScore(texts: readonly string[], foldedQuery: string): number | undefined {
  let best: number | undefined;
  for (const text of texts) {
    const score = matchScore(text, foldedQuery);
    if (score !== undefined && (best === undefined || score < best)) best = score;
  }
  return best;
}
