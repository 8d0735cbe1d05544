import type { WrittenFile } from "./stage/stage";

/** A short table of what was written: file, rows, bytes. */
export function formatSummary(outDir: string, files: readonly WrittenFile[]): string {
  const rows = files.map((file) => [file.path, file.rows === undefined ? "" : String(file.rows), String(file.bytes)]);
  const header = ["file", "rows", "bytes"];
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
      .join("  ");
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  return [`wrote ${files.length} files to ${outDir}`, line(header), ...rows.map(line), `total ${total} bytes`].join(
    "\n",
  );
}
