/** JSON with object keys sorted, so that two runs give the same bytes whatever order keys were built in. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * One item of an array printed at `depth` levels of two-space indentation, as `stableJson` prints it there.
 * @example indentedItem({ b: 1, a: 2 }, 1) // '  {\n    "a": 2,\n    "b": 1\n  }'
 */
export function indentedItem(value: unknown, depth: number): string {
  const indent = "  ".repeat(depth);
  return indent + JSON.stringify(sortKeys(value), null, 2).replaceAll("\n", `\n${indent}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
