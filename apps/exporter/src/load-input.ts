import type { Dataset } from "@labour-left/data";
import { describeIssue, validateDataset } from "@labour-left/data/schemas";
import { ExportError } from "./errors";
import { readJsonFile } from "./read-json-file";

/** Reads a user's dataset and validates it; every problem is listed with its path. */
export async function loadDataset(path: string): Promise<Dataset> {
  const input = await readJsonFile(path);
  const result = validateDataset(input);
  if (!result.valid) {
    const count = result.issues.length;
    throw new ExportError(
      `${path} does not follow the dataset schema (${count} problem${count === 1 ? "" : "s"}); nothing was written`,
      result.issues.map(describeIssue),
    );
  }
  return input as Dataset;
}
