import type { z } from "zod";
import type { Dataset } from "../schemas/dataset";
import { COLLECTION_SCHEMAS, DatasetSchema } from "../schemas/dataset";
import { COLLECTION_NAMES, type CollectionName } from "../schemas/erratum";
import type { DatasetIssue } from "./_issue";

/** A record that passed, with its index in the input so later layers can name its path. */
export interface Entry<T> {
  readonly index: number;
  readonly record: T;
}
export type ValidEntries = { [Name in CollectionName]: Entry<Dataset[Name][number]>[] };

export interface ShapeResult {
  readonly issues: DatasetIssue[];
  /** The items of each collection that passed, so later layers can still check them. */
  readonly valid: ValidEntries;
  /** The ids of every item that has one, valid or not, so that one bad record does not break references to it. */
  readonly ids: { readonly [Name in CollectionName]: ReadonlySet<string> };
}

function toIssues(error: z.ZodError, prefix: readonly (string | number)[]): DatasetIssue[] {
  return error.issues.map((issue) => ({
    layer: "shape",
    path: [...prefix, ...(issue.path as (string | number)[])],
    message: issue.message,
    ...("input" in issue ? { value: issue.input } : {}),
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Layer 1: the top-level object, the version, and every item of every collection against its schema. */
export function checkShape(input: unknown): ShapeResult {
  const valid = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as ValidEntries;
  const ids = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set<string>()])) as Record<
    CollectionName,
    Set<string>
  >;
  if (!isRecord(input)) {
    return { issues: [{ layer: "shape", path: [], message: "expected a dataset object", value: input }], valid, ids };
  }
  const issues: DatasetIssue[] = [];
  const allowed = new Set<string>(["version", ...COLLECTION_NAMES]);
  for (const key of Object.keys(input)) {
    if (!allowed.has(key)) issues.push({ layer: "shape", path: [key], message: `unrecognized key '${key}'` });
  }
  const version = DatasetSchema.shape.version.safeParse(Object.hasOwn(input, "version") ? input.version : undefined, {
    reportInput: true,
  });
  if (!version.success) issues.push(...toIssues(version.error, ["version"]));

  for (const name of COLLECTION_NAMES) {
    const items = Object.hasOwn(input, name) ? input[name] : undefined;
    if (!Array.isArray(items)) {
      issues.push({ layer: "shape", path: [name], message: "expected an array", value: items });
      continue;
    }
    const schema: z.ZodType = COLLECTION_SCHEMAS[name];
    const passed: Entry<unknown>[] = valid[name];
    items.forEach((item, index) => {
      if (isRecord(item) && Object.hasOwn(item, "id") && typeof item.id === "string") ids[name].add(item.id);
      // Parsing without the input in issues is faster; a failing item is parsed again to report the values found.
      const result = schema.safeParse(item);
      if (result.success) passed.push({ index, record: result.data });
      else issues.push(...toIssues(schema.safeParse(item, { reportInput: true }).error ?? result.error, [name, index]));
    });
  }
  return { issues, valid, ids };
}
