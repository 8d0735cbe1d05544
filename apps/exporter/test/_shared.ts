import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// ../shared sits beside the repository for the developers and CI, never in a user's clone.
const sharedDir = process.env.LABOUR_LEFT_SHARED ?? fileURLToPath(new URL("../../../../shared/", import.meta.url));

export const POPOLO_SCHEMA_DIR = `${sharedDir}/reference/popolo-schemas`;
export const popoloSchemasAvailable = existsSync(`${POPOLO_SCHEMA_DIR}/person.json`);
export const SKIP_NO_POPOLO_SCHEMAS =
  "skipped: ../shared/reference/popolo-schemas is absent (it exists only beside the developers' and CI's clone)";
