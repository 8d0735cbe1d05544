import { type Area, searchByName, searchStatements } from "@labour-left/data";
import { boundaryYears } from "../_areas";
import { CliError } from "../_errors";
import type { CommandResult } from "../_result";

const TYPES = { people: "person", organizations: "group", areas: "place" } as const;

/**
 * People, groups, places and statements whose names or words match, forgiving case, accents and small typos: the
 * library's own search (`searchByName`, `searchStatements`), so that both find the same.
 */
export function search(text: string): CommandResult {
  if (text.trim() === "") throw new CliError("search needs some text", 2);
  const hits = [
    ...searchByName(text).map((match) => ({
      type: TYPES[match.collection],
      id: match.record.id,
      name: match.record.name,
      // Two constituencies may share a name: their years tell them apart.
      years: match.collection === "areas" ? boundaryYears(match.record as Area) : undefined,
      score: match.score,
    })),
    ...searchStatements(text).map(({ statement, score }) => ({
      type: "statement" as const,
      id: statement.id,
      name: statement.text,
      years: undefined,
      score,
    })),
  ].sort((a, b) => a.score - b.score);
  return {
    json: hits,
    table: {
      columns: ["type", "id", "name", "years"],
      rows: hits.map((hit) => [hit.type, hit.id, hit.name, hit.years]),
    },
  };
}
