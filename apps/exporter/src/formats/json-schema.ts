import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Stage } from "../stage/stage";
import { stableJson } from "./_json-text";

/**
 * The JSON Schemas as the data package ships them (json-schema/<name>.json, made by its toJsonSchemas when it is
 * built), read rather than made again, which would load zod and every validator; undefined where the package's
 * files cannot be found, as in a bundle of the exporter.
 */
function shippedSchemas(): Record<string, unknown> | undefined {
  try {
    const here = typeof __filename === "string" ? __filename : import.meta.url;
    const folder = dirname(createRequire(here).resolve("@labour-left/data/json-schema/dataset.json"));
    const names = readdirSync(folder).filter((file) => file.endsWith(".json"));
    return Object.fromEntries(
      names.map((file) => [file.slice(0, -".json".length), JSON.parse(readFileSync(join(folder, file), "utf8"))]),
    );
  } catch {
    return undefined;
  }
}

/** JSON Schema (draft 2020-12) for the dataset and for each entity. */
export async function writeJsonSchemas(stage: Stage): Promise<void> {
  // The validators are loaded only where the schemas' files are not there to read.
  const schemas = shippedSchemas() ?? (await import("@labour-left/data/schemas")).toJsonSchemas();
  for (const name of Object.keys(schemas).sort()) {
    const file = await stage.create(`json-schema/${name}.schema.json`);
    await file.write(stableJson(schemas[name]));
  }
}
