export { toJsonSchemas } from "./json-schema";
export * from "./schemas/index";
export type { DatasetIssue } from "./validate/_issue";
export { type CheckedRecord, checkRecord } from "./validate/check-record";
export { type CheckedBatch, checkBatch } from "./validate/checked-batch";
export {
  createDatasetValidator,
  type DatasetValidator,
  MAX_LISTED_ISSUES,
  PROBLEM_CAP,
  VALIDATION_ORDER,
  type ValidationResult,
} from "./validate/dataset-validator";
export type { ErrataSubjects, RecordLinks } from "./validate/record-links";
export { describeIssue, validateDataset } from "./validate/validate-dataset";
