import { resolve } from "node:path";
import { dataset as bundled, type Dataset } from "@labour-left/data";
import { describeIssue, validateDataset } from "@labour-left/data/schemas";
import { ExportError } from "./errors";
import { type CsvOptions, FORMATS, type Format, renderFormats } from "./formats/index";
import { loadDataset } from "./load-input";
import { writeFilesAtomically } from "./write";

export interface ExportOptions extends CsvOptions {
  /** Where to write; created if missing. */
  readonly outDir: string;
  /** Which formats; all of them when absent. */
  readonly formats?: readonly Format[];
  /** A JSON file following the dataset schema, exported instead of the bundled dataset. */
  readonly input?: string;
  /** A dataset object, exported instead of the bundled dataset (validated first). */
  readonly dataset?: Dataset;
}

export interface WrittenFile {
  readonly path: string;
  readonly rows: number | undefined;
  readonly bytes: number;
}

/**
 * Validates the dataset, renders every chosen format in memory, then writes them all or nothing.
 * @example await exportDataset({ outDir: "exports", formats: ["csv"] })
 */
export async function exportDataset(options: ExportOptions): Promise<WrittenFile[]> {
  const dataset = options.input !== undefined ? await loadDataset(options.input) : (options.dataset ?? bundled);
  if (options.input === undefined) {
    const result = validateDataset(dataset);
    if (!result.valid)
      throw new ExportError(
        "the dataset does not follow the dataset schema; nothing was written",
        result.issues.map(describeIssue),
      );
  }
  const files = renderFormats(dataset, options.formats ?? FORMATS, options);
  const bytes = await writeFilesAtomically(resolve(options.outDir), files);
  return files.map((file) => ({ path: file.path, rows: file.rows, bytes: bytes.get(file.path) ?? 0 }));
}
