import type { Locator, SourceRef } from "@labour-left/data";

/** "Northern England Labour Left, paragraph 3, bullet 1" */
export function formatLocator(locator: Locator | undefined): string | undefined {
  if (!locator) return undefined;
  return `${locator.section}, paragraph ${locator.paragraph}${locator.bullet ? `, bullet ${locator.bullet}` : ""}`;
}

/** Where a record comes from, in one line: the first citation's locator or note, and its source. */
export function formatCitation(sources: readonly SourceRef[]): string | undefined {
  const [first] = sources;
  if (!first) return undefined;
  return formatLocator(first.locator) ?? `${first.sourceId}${first.note ? `: ${first.note}` : ""}`;
}
