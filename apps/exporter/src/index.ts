export { type RunOptions, run } from "./cli";
export { ExportError } from "./errors";
export { type ExportOptions, exportDataset, type WrittenFile } from "./export-dataset";
export { type CsvOptions, encodeCsvRow, FORMATS, FORMULA_TRIGGERS, type Format, guardFormula } from "./formats/index";
export { loadDataset } from "./load-input";
export { PROBLEMS_SHOWN, problemCount, problemLines } from "./problem-report";
export { parseJsonText, readJsonFile } from "./read-json-file";
export { TABLES, tableRows } from "./tables/index";
export { validateDatasetFile } from "./validate/validate-file";
