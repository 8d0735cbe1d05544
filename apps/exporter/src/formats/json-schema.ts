import { toJsonSchemas } from "@labour-left/data/schemas";
import { type ExportFile, stableJson, textFile } from "./_file";

/** JSON Schema (draft 2020-12) for the dataset and for each entity. */
export function toJsonSchemaFiles(): ExportFile[] {
  return Object.entries(toJsonSchemas()).map(([name, schema]) =>
    textFile(`json-schema/${name}.schema.json`, () => stableJson(schema)),
  );
}
