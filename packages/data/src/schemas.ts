export { toJsonSchemas } from "./json-schema";
export * from "./schemas/index";
export type { DatasetIssue } from "./validate/_issue";
export {
  createDatasetValidator,
  type DatasetValidator,
  MAX_LISTED_ISSUES,
  VALIDATION_ORDER,
  type ValidationResult,
} from "./validate/dataset-validator";
export { describeIssue, validateDataset } from "./validate/validate-dataset";
