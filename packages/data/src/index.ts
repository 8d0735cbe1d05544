export * from "./collections";
export { dataset } from "./dataset";
export type * from "./ids";
export * from "./queries/index";
export type * from "./schemas/types";
