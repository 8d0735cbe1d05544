import type { Source, ValidationResult } from "@labour-left/data/schemas";
import type { RecordBatch } from "../formats/index";

/** What validating a dataset gives the formats: the result, the version and the valid sources. */
export interface ValidatedSource {
  readonly result: ValidationResult;
  /** The dataset's version, as its top level gives it. */
  readonly version: unknown;
  /** The valid sources, which every format's metadata names. */
  readonly sources: readonly Source[];
}

/** Takes each batch of valid records, as long as nothing invalid has been found. */
export type OnValid = (batch: RecordBatch) => Promise<void>;

/** The top level's version, whatever the top level is (`null`, an array, a number: problems reported elsewhere). */
export const versionOf = (skeleton: unknown): unknown =>
  typeof skeleton === "object" && skeleton !== null && !Array.isArray(skeleton)
    ? (skeleton as { version?: unknown }).version
    : undefined;

/** Thrown from a batch's handler to stop reading the file: the validator has counted as many problems as it will. */
class EnoughProblems extends Error {}

/** Stops reading once the validator is full (see `PROBLEM_CAP`). */
export function stopIfFull(validator: { readonly full: boolean }): void {
  if (validator.full) throw new EnoughProblems("enough problems");
}

/** Reads with `read` until it ends or `stopIfFull` stops it; any other failure is thrown on. */
export async function untilFull(read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (error) {
    if (!(error instanceof EnoughProblems)) throw error;
  }
}
