export { dataset } from "./dataset";
export type * from "./ids";
export * from "./queries/index";
export type * from "./types/bundled";
export { COLLECTION_NAMES, IDENTIFIER_SCHEMES, STATEMENT_KINDS, TOPICS } from "./vocabulary";
