import { dataset } from "@labour-left/data";
import type { CommandResult } from "../_result";

export function sources(): CommandResult {
  return {
    json: dataset.sources,
    table: {
      columns: ["id", "kind", "publisher", "published", "title"],
      rows: dataset.sources.map((source) => [source.id, source.kind, source.publisher, source.published, source.title]),
    },
  };
}
