import type { Stage } from "../stage/stage";
import { stableJson } from "./_json-text";

/** JSON Schema (draft 2020-12) for the dataset and for each entity. */
export async function writeJsonSchemas(stage: Stage): Promise<void> {
  // The validators are loaded only for this format: an export without it never builds them.
  const { toJsonSchemas } = await import("@labour-left/data/schemas");
  for (const [name, schema] of Object.entries(toJsonSchemas())) {
    const file = await stage.create(`json-schema/${name}.schema.json`);
    await file.write(stableJson(schema));
  }
}
