import { COLLECTION_NAMES, type CollectionName } from "../schemas/erratum";
import { IdTable } from "./_id-table";
import type { DatasetIssue } from "./_issue";

/**
 * Layer 4: no id appears twice within a collection. Keeps the first index of every id, which is also what
 * references are resolved against (ids of invalid records count, so one bad record does not break references to it).
 */
export class IdIndex {
  private readonly firstIndex = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new IdTable()])) as Record<
    CollectionName,
    IdTable
  >;

  /** Records an item's id, if it has one; a repeated id of a valid record is a problem. */
  add(collection: CollectionName, index: number, id: string | undefined, isValid: boolean): DatasetIssue | undefined {
    if (id === undefined) return undefined;
    const earlier = this.firstIndex[collection].add(id, index);
    if (earlier === -1 || !isValid) return undefined;
    return {
      layer: "unique-ids",
      path: [collection, index, "id"],
      message: `duplicate id '${id}', first used at ${collection}[${earlier}]`,
      value: id,
    };
  }

  has(collection: CollectionName, id: string): boolean {
    return this.firstIndex[collection].get(id) !== -1;
  }
}
