/**
 * A CommonJS package's exports, however it was imported: an ES module's `import()` puts them under `default`,
 * the CommonJS build's `require` gives them as they are.
 */
export function commonJsExports<T extends object>(imported: T): T {
  const withDefault = imported as T & { default?: T };
  return withDefault.default !== undefined && typeof withDefault.default === "object" ? withDefault.default : imported;
}
