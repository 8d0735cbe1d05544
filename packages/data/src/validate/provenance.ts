import type { SourceRef } from "../schemas/provenance";
import type { DatasetIssue, IssuePath } from "./_issue";
import type { ValidEntries } from "./shape";

interface CitedPart {
  readonly sources: readonly SourceRef[];
}

/** Every list of sources in a record, with its path: the record's own, and those of its parts. */
function citations(
  record: object,
  path: IssuePath,
): { refs: readonly SourceRef[]; path: IssuePath; topLevel: boolean }[] {
  const found: { refs: readonly SourceRef[]; path: IssuePath; topLevel: boolean }[] = [];
  if ("sources" in record && Array.isArray(record.sources)) {
    found.push({ refs: record.sources as SourceRef[], path: [...path, "sources"], topLevel: true });
  }
  if ("evidence" in record && Array.isArray(record.evidence)) {
    found.push({ refs: record.evidence as SourceRef[], path: [...path, "evidence"], topLevel: false });
  }
  for (const key of ["identifiers", "otherNames", "participants"] as const) {
    if (!(key in record)) continue;
    const parts = (record as Record<string, readonly CitedPart[]>)[key] ?? [];
    parts.forEach((part, at) =>
      found.push({ refs: part.sources, path: [...path, key, at, "sources"], topLevel: false }),
    );
  }
  return found;
}

/** Layer 6: every citation names a known source, cites the article with a locator, and names real fields. */
export function checkProvenance(valid: ValidEntries): DatasetIssue[] {
  const kinds = new Map(valid.sources.map(({ record }) => [record.id, record.kind]));
  const issues: DatasetIssue[] = [];
  for (const name of Object.keys(valid) as (keyof ValidEntries)[]) {
    for (const { index, record } of valid[name]) {
      for (const { refs, path, topLevel } of citations(record, [name, index])) {
        refs.forEach((ref, at) => {
          const kind = kinds.get(ref.sourceId);
          if (kind === undefined) {
            issues.push({
              layer: "provenance",
              path: [...path, at, "sourceId"],
              message: `no source '${ref.sourceId}' in sources`,
              value: ref.sourceId,
            });
          } else if (kind === "article" && ref.locator === undefined) {
            issues.push({
              layer: "provenance",
              path: [...path, at, "locator"],
              message: "a citation of the article needs a locator to its passage",
            });
          }
          for (const field of topLevel ? (ref.fields ?? []) : []) {
            if (!Object.hasOwn(record, field)) {
              issues.push({
                layer: "provenance",
                path: [...path, at, "fields"],
                message: `the record has no field '${field}'`,
                value: field,
              });
            }
          }
        });
      }
    }
  }
  return issues;
}
