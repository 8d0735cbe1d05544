import type { CollectionName } from "@labour-left/data/schemas";
import type { RecordBatch } from "./_writer";

type AddRecord = (collection: CollectionName, record: Readonly<Record<string, unknown>>) => Promise<void> | undefined;

/** A batch-taking `add` made from one that takes a record at a time, waiting only when a record asks it to. */
export function eachRecord(addRecord: AddRecord): (batch: RecordBatch) => Promise<void> | undefined {
  return ({ collection, records }) => {
    for (let index = 0; index < records.length; index += 1) {
      const waiting = addRecord(collection, records[index] as Readonly<Record<string, unknown>>);
      if (waiting) return waiting.then(() => eachRecord(addRecord)({ collection, records: records.slice(index + 1) }));
    }
    return undefined;
  };
}
