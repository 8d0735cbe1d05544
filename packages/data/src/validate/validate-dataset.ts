import { createDatasetValidator, VALIDATION_ORDER, type ValidationResult } from "./dataset-validator";

/**
 * Checks anything against the dataset schema, in layers: shape and formats, time logic, unique ids,
 * references, provenance. Returns every problem with its path and value, up to `PROBLEM_CAP` of them (then it stops
 * checking, and `complete` is false); never throws.
 * @example validateDataset(JSON.parse(text)).issues.map(describeIssue)
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    const validator = createDatasetValidator();
    const arrays = validator.checkTopLevel(input);
    for (const name of VALIDATION_ORDER) {
      if (arrays.has(name)) {
        const items = (input as Record<string, readonly unknown[]>)[name] ?? [];
        for (let index = 0; index < items.length && !validator.full; index += 1)
          validator.checkItem(name, index, items[index]);
      }
      validator.endCollection(name);
    }
    return validator.finish();
  } catch (error) {
    // Hostile input (a throwing getter, a revoked proxy) must still yield an answer, not an exception.
    const message = `the input could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { valid: false, issues: [{ layer: "shape", path: [], message }], total: 1, complete: true };
  }
}

export { describeIssue } from "./describe-issue";
