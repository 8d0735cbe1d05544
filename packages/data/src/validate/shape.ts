import type { z } from "zod";
import { COLLECTION_SCHEMAS, DatasetSchema } from "../schemas/dataset";
import { COLLECTION_NAMES, type CollectionName } from "../schemas/erratum";
import { type DatasetIssue, type IssuePath, shortened } from "./_issue";

/** zod's message, but with unknown keys cut short: zod quotes each whole, however long. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== "unrecognized_keys") return issue.message;
  const keys = issue.keys.map((key) => `'${shortened(key)}'`);
  return `unrecognized key${keys.length === 1 ? "" : "s"} ${keys.join(", ")}`;
}

function toIssues(error: z.ZodError, prefix: IssuePath): DatasetIssue[] {
  return error.issues.map((issue) => ({
    layer: "shape",
    path: [...prefix, ...(issue.path as (string | number)[])],
    message: messageOf(issue),
    ...("input" in issue ? { value: issue.input } : {}),
  }));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Layer 1, the top level: an object with the version and every collection as an array, and nothing else.
 * Returns the problems and the collections that are arrays (whose items are checked one by one).
 */
export function checkTopLevel(input: unknown): { issues: DatasetIssue[]; arrays: Set<CollectionName> } {
  const arrays = new Set<CollectionName>();
  if (!isPlainObject(input)) {
    return { issues: [{ layer: "shape", path: [], message: "expected a dataset object", value: input }], arrays };
  }
  const issues: DatasetIssue[] = [];
  const allowed = new Set<string>(["version", ...COLLECTION_NAMES]);
  for (const key of Object.keys(input)) {
    if (!allowed.has(key))
      issues.push({ layer: "shape", path: [key], message: `unrecognized key '${shortened(key)}'` });
  }
  const version = DatasetSchema.shape.version.safeParse(Object.hasOwn(input, "version") ? input.version : undefined, {
    reportInput: true,
  });
  if (!version.success) issues.push(...toIssues(version.error, ["version"]));
  for (const name of COLLECTION_NAMES) {
    const items = Object.hasOwn(input, name) ? input[name] : undefined;
    if (Array.isArray(items)) arrays.add(name);
    else issues.push({ layer: "shape", path: [name], message: "expected an array", value: items });
  }
  return { issues, arrays };
}

/** The value at `path` within `item`, for a problem's message. */
function valueAt(item: unknown, path: readonly PropertyKey[]): unknown {
  let current = item;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Layer 1, one item: checked against its collection's schema; the parsed record when it passes. */
export function checkItemShape(
  collection: CollectionName,
  index: number,
  item: unknown,
): { record: Record<string, unknown>; issues?: undefined } | { record?: undefined; issues: DatasetIssue[] } {
  // Not an object at all: one problem, without the cost of a failed parse (a hostile file may hold millions).
  if (!isPlainObject(item)) {
    return { issues: [{ layer: "shape", path: [collection, index], message: "expected an object", value: item }] };
  }
  const schema: z.ZodType = COLLECTION_SCHEMAS[collection];
  const result = schema.safeParse(item);
  if (result.success) return { record: result.data as Record<string, unknown> };
  // The values found are read from the item, not by parsing it a second time.
  return {
    issues: result.error.issues.map((issue) => ({
      layer: "shape",
      path: [collection, index, ...(issue.path as (string | number)[])],
      message: messageOf(issue),
      value: valueAt(item, issue.path),
    })),
  };
}
