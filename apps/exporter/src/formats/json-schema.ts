import { toJsonSchemas } from "@labour-left/data/schemas";
import type { Stage } from "../stage/stage";
import { stableJson } from "./_json-text";

/** JSON Schema (draft 2020-12) for the dataset and for each entity. */
export async function writeJsonSchemas(stage: Stage): Promise<void> {
  for (const [name, schema] of Object.entries(toJsonSchemas())) {
    const file = await stage.create(`json-schema/${name}.schema.json`);
    await file.write(stableJson(schema));
  }
}
