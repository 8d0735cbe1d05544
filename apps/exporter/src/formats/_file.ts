/** A file the exporter will write, held in memory until every format has succeeded. */
export interface ExportFile {
  /** Path relative to the output directory, with forward slashes. */
  readonly path: string;
  readonly content: string;
  /** Data rows (CSV) or records (JSON), for the summary. */
  readonly rows?: number;
}

/** JSON with object keys sorted, so that two runs give the same bytes whatever order keys were built in. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
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
