import type { Dataset } from "@labour-left/data";
import type { ExportFile } from "./_file";
import { type CsvOptions, toCsvFiles } from "./csv";
import { toDataPackage } from "./datapackage";
import { toJsonFiles } from "./json";
import { toJsonSchemaFiles } from "./json-schema";
import { toPopolo } from "./popolo";

export const FORMATS = ["json", "csv", "popolo", "jsonschema"] as const;
export type Format = (typeof FORMATS)[number];

/** Every file of the chosen formats, in memory; the CSV format brings its data package. */
export function renderFormats(dataset: Dataset, formats: readonly Format[], csv: CsvOptions = {}): ExportFile[] {
  const files: ExportFile[] = [];
  if (formats.includes("json")) files.push(...toJsonFiles(dataset));
  if (formats.includes("csv")) files.push(...toCsvFiles(dataset, csv), toDataPackage(dataset));
  if (formats.includes("popolo")) files.push(toPopolo(dataset));
  if (formats.includes("jsonschema")) files.push(...toJsonSchemaFiles());
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export type { ExportFile } from "./_file";
export { type CsvOptions, FORMULA_TRIGGERS, guardFormula } from "./csv";
