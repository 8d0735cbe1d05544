export { dataset } from "./dataset";
export type * from "./ids";
export * from "./queries/index";
export type * from "./types/bundled";
export type { DatasetIssue } from "./validate/_issue";
export { describeIssue } from "./validate/describe-issue";
export { COLLECTION_NAMES, IDENTIFIER_SCHEMES, STATEMENT_KINDS, TOPICS, VALIDATION_ORDER } from "./vocabulary";
