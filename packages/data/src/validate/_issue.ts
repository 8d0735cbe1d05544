export type IssuePath = readonly (string | number)[];

/** One problem found in a dataset: where it is, what is wrong, and the value found there. */
export interface DatasetIssue {
  readonly layer: "shape" | "time" | "unique-ids" | "references" | "provenance";
  readonly path: IssuePath;
  readonly message: string;
  readonly value?: unknown;
}

/** `["memberships", 3, "personId"]` -> `memberships[3].personId` */
export function formatPath(path: IssuePath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === "" ? "(root)" : text;
}

/** A short, safe rendering of any value for an error message. */
export function previewValue(value: unknown): string {
  try {
    if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (value === null || typeof value !== "object") return String(value);
    return "an object";
  } catch {
    return "an unreadable value";
  }
}
