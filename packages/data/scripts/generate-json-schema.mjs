// Writes json-schema/<entity>.json from the built schemas; the snapshot test keeps the files in step.
import { mkdirSync, writeFileSync } from "node:fs";
import { toJsonSchemas } from "../dist/schemas.js";

const outDir = new URL("../json-schema/", import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(toJsonSchemas())) {
  writeFileSync(new URL(`${name}.json`, outDir), `${JSON.stringify(schema, null, 2)}\n`);
}
