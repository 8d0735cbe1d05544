export { toJsonSchemas } from "./json-schema";
export * from "./schemas/index";
export type { DatasetIssue } from "./validate/_issue";
export { describeIssue, MAX_LISTED_ISSUES, type ValidationResult, validateDataset } from "./validate/validate-dataset";
