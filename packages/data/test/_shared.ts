import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// ../shared sits beside the repository for the developers and CI, never in a user's clone.
const sharedDir = process.env.LABOUR_LEFT_SHARED ?? fileURLToPath(new URL("../../../../shared/", import.meta.url));

export const ARTICLE_PATH = `${sharedDir}/source/labour-left-groups-article.txt`;
export const REFERENCE_DIR = `${sharedDir}/reference`;

export const articleAvailable = existsSync(ARTICLE_PATH);
export const referenceAvailable = existsSync(`${REFERENCE_DIR}/PROVENANCE.md`);
export const SKIP_NO_ARTICLE =
  "skipped: ../shared/source is absent (it exists only beside the developers' and CI's clone)";
export const SKIP_NO_REFERENCE =
  "skipped: ../shared/reference is absent (it exists only beside the developers' and CI's clone)";

export function readShared(path: string): string {
  return readFileSync(path, "utf8");
}

/** The title of a suite that needs ../shared, carrying the reason it is skipped (the verbose reporter prints it). */
export function sharedSuiteTitle(title: string, available: boolean, skipReason: string): string {
  return available ? title : `${title} (${skipReason})`;
}
