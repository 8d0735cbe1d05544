export type IssuePath = readonly (string | number)[];

/** One problem found in a dataset: where it is, what is wrong, and the value found there. */
export interface DatasetIssue {
  readonly layer: "shape" | "time" | "unique-ids" | "references" | "provenance";
  readonly path: IssuePath;
  readonly message: string;
  readonly value?: unknown;
}

/** The longest key or value a message quotes whole; a longer one (a hostile file's) is cut, its length said. */
const QUOTED_LENGTH = 80;

/** A key or value as a message quotes it: cut to its first characters when long. */
export function shortened(text: string): string {
  return text.length > QUOTED_LENGTH
    ? `${text.slice(0, QUOTED_LENGTH - 3)}... (${text.length.toLocaleString("en-GB")} characters)`
    : text;
}

/** `["memberships", 3, "personId"]` -> `memberships[3].personId` */
export function formatPath(path: IssuePath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment) && segment.length <= QUOTED_LENGTH)
      text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(shortened(segment))}]`;
  }
  return text === "" ? "(root)" : text;
}

/** A short, safe rendering of any value for an error message. */
export function previewValue(value: unknown): string {
  try {
    if (typeof value === "string") return JSON.stringify(shortened(value));
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (value === null || typeof value !== "object") return String(value);
    return "an object";
  } catch {
    return "an unreadable value";
  }
}
