import type { SourceRef } from "../schemas/provenance";
import type { Source } from "../schemas/source";
import type { AnyRecord, CheckContext, IssuePath } from "./_context";

interface Citations {
  readonly refs: readonly SourceRef[];
  readonly path: IssuePath;
  /** The record's own sources, whose `fields` name the record's fields. */
  readonly topLevel: boolean;
}

/** Every list of sources in a record, with its path: the record's own, and those of its parts. */
function citations(record: AnyRecord, path: IssuePath): Citations[] {
  const found: Citations[] = [];
  if (Array.isArray(record.sources)) found.push({ refs: record.sources, path: [...path, "sources"], topLevel: true });
  if (Array.isArray(record.evidence)) {
    found.push({ refs: record.evidence, path: [...path, "evidence"], topLevel: false });
  }
  for (const key of ["identifiers", "otherNames", "participants"] as const) {
    const parts = record[key];
    if (!Array.isArray(parts)) continue;
    parts.forEach((part: { sources: readonly SourceRef[] }, at) =>
      found.push({ refs: part.sources, path: [...path, key, at, "sources"], topLevel: false }),
    );
  }
  return found;
}

/** Layer 6: every citation names a known source, cites the article with a locator, and names real fields. */
export class ProvenanceChecks {
  private readonly sourceKinds = new Map<string, Source["kind"]>();

  constructor(private readonly context: CheckContext) {}

  check(collection: string, index: number, record: AnyRecord): void {
    if (collection === "sources") this.sourceKinds.set((record as Source).id, (record as Source).kind);
    for (const { refs, path, topLevel } of citations(record, [collection, index])) {
      refs.forEach((ref, at) => {
        if (this.context.isComplete("sources")) this.checkSource(ref, path, at);
        else this.context.whenComplete("sources", () => this.checkSource(ref, path, at));
        for (const field of topLevel ? (ref.fields ?? []) : []) {
          if (!Object.hasOwn(record, field)) {
            this.context.report({
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

  private checkSource(ref: SourceRef, refsPath: IssuePath, at: number): void {
    const kind = this.sourceKinds.get(ref.sourceId);
    if (kind === undefined) {
      this.context.report({
        layer: "provenance",
        path: [...refsPath, at, "sourceId"],
        message: `no source '${ref.sourceId}' in sources`,
        value: ref.sourceId,
      });
    } else if (kind === "article" && ref.locator === undefined) {
      this.context.report({
        layer: "provenance",
        path: [...refsPath, at, "locator"],
        message: "a citation of the article needs a locator to its passage",
      });
    }
  }
}
