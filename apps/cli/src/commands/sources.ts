import { sources as allSources } from "@labour-left/data";
import type { CommandResult } from "../_result";

export function sources(): CommandResult {
  return {
    json: allSources,
    table: {
      columns: ["id", "kind", "publisher", "published", "title"],
      rows: allSources.map((source) => [source.id, source.kind, source.publisher, source.published, source.title]),
    },
  };
}
