import { VALIDATION_ORDER } from "@labour-left/data";
import type { Source } from "@labour-left/data/schemas";
import type { DatasetSource } from "../read/dataset-source";
import { type OnValid, stopIfFull, untilFull, type ValidatedSource, versionOf } from "./validated-source";

/**
 * Reads a dataset collection by collection in the validator's order, validating each record; `onValid` is given
 * each batch of records as long as nothing invalid has been found (once something is, nothing will be written,
 * but validation goes on to list every problem, up to the cap). `signal` stops it between batches.
 */
export async function validateInThisThread(
  source: DatasetSource,
  onValid?: OnValid,
  signal?: AbortSignal,
): Promise<ValidatedSource> {
  const { createDatasetValidator } = await import("@labour-left/data/schemas");
  const validator = createDatasetValidator();
  const skeleton = source.skeleton();
  const arrays = validator.checkTopLevel(skeleton);
  const sources: Source[] = [];
  for (const collection of VALIDATION_ORDER) {
    let index = 0;
    if (arrays.has(collection) && !validator.full) {
      await untilFull(() =>
        source.readItems(collection, async (items, text) => {
          signal?.throwIfAborted();
          const records: Readonly<Record<string, unknown>>[] = [];
          for (const item of items) {
            const record = validator.checkItem(collection, index, item);
            index += 1;
            if (record !== undefined) records.push(record);
          }
          stopIfFull(validator);
          if (!validator.valid) return;
          if (collection === "sources") sources.push(...(records as unknown as Source[]));
          await onValid?.(text === undefined ? { collection, records } : { collection, records, text });
        }),
      );
    }
    validator.endCollection(collection);
  }
  return { result: validator.finish(), version: versionOf(skeleton), sources };
}
