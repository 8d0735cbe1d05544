import { areas, foldName, organizations, people, statements } from "@labour-left/data";
import { editDistance } from "../_closest";
import { CliError } from "../_errors";
import type { CommandResult } from "../_result";

interface Hit {
  readonly type: "person" | "group" | "place" | "statement";
  readonly id: string;
  readonly name: string;
  readonly score: number;
}

/** 0 for an exact word or phrase match, 1 for a word one edit away (two for longer words), undefined for no match. */
function matchScore(text: string, query: string): number | undefined {
  const haystack = foldName(text);
  if (haystack.includes(query)) return 0;
  const words = haystack.split(/[^\p{L}\p{N}]+/u);
  const wanted = query.split(" ");
  let worst = 0;
  for (const word of wanted) {
    const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    const best = Math.min(...words.map((candidate) => editDistance(word, candidate)));
    if (best > allowed) return undefined;
    worst = Math.max(worst, best);
  }
  return worst;
}

/** People, groups, places and statements whose names or words match, forgiving case, accents and small typos. */
export function search(text: string): CommandResult {
  const query = foldName(text);
  if (query === "") throw new CliError("search needs some text", 2);
  const hits: Hit[] = [];
  const consider = (type: Hit["type"], id: string, name: string, texts: readonly string[]): void => {
    const scores = texts.map((candidate) => matchScore(candidate, query)).filter((score) => score !== undefined);
    if (scores.length > 0) hits.push({ type, id, name, score: Math.min(...scores) });
  };
  for (const person of people)
    consider("person", person.id, person.name, [person.name, ...person.otherNames.map((other) => other.name)]);
  for (const organization of organizations) {
    consider("group", organization.id, organization.name, [
      organization.name,
      organization.abbreviation ?? "",
      ...organization.otherNames.map((other) => other.name),
    ]);
  }
  for (const area of areas)
    consider("place", area.id, area.name, [
      area.name,
      ...area.otherNames.map((other) => other.name),
      ...area.identifiers.map((identifier) => identifier.identifier),
    ]);
  for (const statement of statements) consider("statement", statement.id, statement.text, [statement.text]);
  hits.sort((a, b) => a.score - b.score);
  return {
    json: hits,
    table: { columns: ["type", "id", "name"], rows: hits.map((hit) => [hit.type, hit.id, hit.name]) },
  };
}
