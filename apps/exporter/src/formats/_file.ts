/** A file the exporter will write. Its text is produced piece by piece as it is written, so a large export is never held whole. */
export interface ExportFile {
  /** Path relative to the output directory, with forward slashes. */
  readonly path: string;
  /** The file's text, in pieces, produced when the file is written. */
  readonly chunks: () => Iterable<string>;
  /** Data rows (CSV) or records (JSON), for the summary. */
  readonly rows?: number;
}

/** A file whose whole text is made at once, when it is written. */
export function textFile(path: string, makeText: () => string, rows?: number): ExportFile {
  return { path, chunks: () => [makeText()], ...(rows === undefined ? {} : { rows }) };
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
