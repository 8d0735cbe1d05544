import type { Dataset } from "@labour-left/data/schemas";
import { validateDataset } from "@labour-left/data/schemas";
import { ExportError } from "./errors";
import { problemCount, problemLines } from "./problem-report";
import { readJsonFile } from "./read-json-file";

/** Reads a user's dataset and validates it; every problem is listed with its path. */
export async function loadDataset(path: string): Promise<Dataset> {
  const input = await readJsonFile(path);
  const result = validateDataset(input);
  if (!result.valid) {
    throw new ExportError(
      `${path} does not follow the dataset schema (${problemCount(result)}); nothing was written`,
      problemLines(result),
    );
  }
  return input as Dataset;
}
