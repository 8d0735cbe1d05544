import { toJsonSchemas } from "@labour-left/data/schemas";
import { type ExportFile, stableJson } from "./_file";

/** JSON Schema (draft 2020-12) for the dataset and for each entity. */
export function toJsonSchemaFiles(): ExportFile[] {
  return Object.entries(toJsonSchemas()).map(([name, schema]) => ({
    path: `json-schema/${name}.schema.json`,
    content: stableJson(schema),
  }));
}
