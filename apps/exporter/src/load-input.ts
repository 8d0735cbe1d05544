import type { Dataset } from "@labour-left/data/schemas";
import { ExportError } from "./errors";
import { problemCount, problemLines } from "./problem-report";
import { inputName, withInputFile } from "./read/input-file";
import { readJsonFile } from "./read-json-file";

/** Reads a user's dataset (`-`: standard input) and validates it; every problem is listed with its path. */
export async function loadDataset(path: string): Promise<Dataset> {
  const input = await withInputFile(path, (file) => readJsonFile(file.path, file.name));
  const { validateDataset } = await import("@labour-left/data/schemas");
  const result = validateDataset(input);
  if (!result.valid) {
    throw new ExportError(
      `${inputName(path)} does not follow the dataset schema (${problemCount(result)}); nothing was written`,
      problemLines(result),
    );
  }
  return input as Dataset;
}
