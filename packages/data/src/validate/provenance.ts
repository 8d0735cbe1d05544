import type { Source } from "../schemas/source";
import type { CheckContext } from "./_context";
import { pathWithin, type RecordAt } from "./record-links";

/** Layer 6: every citation names a known source, cites the article with a locator, and names real fields. */
export class ProvenanceChecks {
  private readonly sourceKinds = new Map<string, Source["kind"]>();

  constructor(private readonly context: CheckContext) {}

  addSource(id: string, kind: Source["kind"]): void {
    this.sourceKinds.set(id, kind);
  }

  /** A citation at `record` + `listPath` + `at`, checked once every source is known. */
  expectSource(sourceId: string, hasLocator: boolean, record: RecordAt, listPath: string, at: number): void {
    const check = (): void => this.checkSource(sourceId, hasLocator, record, listPath, at);
    if (this.context.isComplete("sources")) check();
    else this.context.whenComplete("sources", check);
  }

  reportMissingField(record: RecordAt, listPath: string, at: number, field: string): void {
    this.context.report({
      layer: "provenance",
      path: [...pathWithin(record, listPath), at, "fields"],
      message: `the record has no field '${field}'`,
      value: field,
    });
  }

  private checkSource(sourceId: string, hasLocator: boolean, record: RecordAt, listPath: string, at: number): void {
    const kind = this.sourceKinds.get(sourceId);
    if (kind === undefined && this.context.countedUnderMissing("sources")) return;
    // A source that is there but invalid has its own problem: a citation of it is not one more.
    if (kind === undefined && this.context.hasId("sources", sourceId)) return;
    if (kind === undefined) {
      this.context.report({
        layer: "provenance",
        path: [...pathWithin(record, listPath), at, "sourceId"],
        message: `no source '${sourceId}' in sources`,
        value: sourceId,
      });
    } else if (kind === "article" && !hasLocator) {
      this.context.report({
        layer: "provenance",
        path: [...pathWithin(record, listPath), at, "locator"],
        message: "a citation of the article needs a locator to its passage",
      });
    }
  }
}
