import { COLLECTION_NAMES } from "../schemas/erratum";
import type { DatasetIssue } from "./_issue";
import type { ValidEntries } from "./shape";

/** Layer 4: no id appears twice within a collection. */
export function checkUniqueIds(valid: ValidEntries): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const name of COLLECTION_NAMES) {
    const firstIndex = new Map<string, number>();
    for (const { index, record } of valid[name]) {
      const earlier = firstIndex.get(record.id);
      if (earlier === undefined) firstIndex.set(record.id, index);
      else {
        issues.push({
          layer: "unique-ids",
          path: [name, index, "id"],
          message: `duplicate id '${record.id}', first used at ${name}[${earlier}]`,
          value: record.id,
        });
      }
    }
  }
  return issues;
}
