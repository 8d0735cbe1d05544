/** JSON with object keys sorted, so that two runs give the same bytes whatever order keys were built in. */
export function stableJson(value: unknown): string {
  return `${sortedJson(value, 0) ?? "null"}\n`;
}

/**
 * One item of an array printed at `depth` levels of two-space indentation, as `stableJson` prints it there.
 * @example indentedItem({ b: 1, a: 2 }, 1) // '  {\n    "a": 2,\n    "b": 1\n  }'
 */
export function indentedItem(value: unknown, depth: number): string {
  return lineStart(depth).slice(1) + (sortedJson(value, depth) ?? "null");
}

const lineStarts: string[] = [];
/** A line break and the indentation of `depth` levels, made once a depth. */
const lineStart = (depth: number): string => {
  let text = lineStarts[depth];
  if (text === undefined) {
    text = `\n${"  ".repeat(depth)}`;
    lineStarts[depth] = text;
  }
  return text;
};

/** Keys that JavaScript objects list first, in numeric order, whatever order they were added in. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
const isArrayIndex = (key: string): boolean => ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;

/** Keys in the order `JSON.stringify` lists an object built with its keys sorted: array indexes first. */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value).sort();
  if (!keys.some(isArrayIndex)) return keys;
  const indexes = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((key) => !isArrayIndex(key))];
}

/**
 * `JSON.stringify(value, null, 2)` of the value with its keys sorted at every depth, nested `depth` levels down,
 * made in one pass: no sorted copy of the value, and no re-indenting of the text afterwards. Undefined where
 * `JSON.stringify` gives nothing (undefined, a function, a symbol).
 */
function sortedJson(value: unknown, depth: number): string | undefined {
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
    case "bigint":
      return JSON.stringify(value);
    case "object": {
      if (value === null) return "null";
      if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
        return sortedJson((value as { toJSON: (key: string) => unknown }).toJSON(""), depth);
      }
      const inner = lineStart(depth + 1);
      let text = "";
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index += 1) {
          text += `${index === 0 ? "[" : ","}${inner}${sortedJson(value[index], depth + 1) ?? "null"}`;
        }
        return text === "" ? "[]" : `${text}${lineStart(depth)}]`;
      }
      for (const key of sortedKeys(value)) {
        const item = sortedJson((value as Record<string, unknown>)[key], depth + 1);
        if (item !== undefined) text += `${text === "" ? "{" : ","}${inner}${JSON.stringify(key)}: ${item}`;
      }
      return text === "" ? "{}" : `${text}${lineStart(depth)}}`;
    }
    default:
      return undefined;
  }
}
