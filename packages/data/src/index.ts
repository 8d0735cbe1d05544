export { dataset } from "./dataset";
export type * from "./ids";
export * from "./queries/index";
export type * from "./schemas/types";
export { COLLECTION_NAMES, IDENTIFIER_SCHEMES, STATEMENT_KINDS, TOPICS } from "./vocabulary";
