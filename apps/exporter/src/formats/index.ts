export type { ExportContext, FormatWriter, RecordBatch, TableWorkers } from "./_writer";
export { type CsvOptions, encodeCsvRow, FORMULA_TRIGGERS, guardFormula } from "./csv";
export { FORMATS, type Format } from "./names";
