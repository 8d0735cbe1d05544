import { VALIDATION_ORDER } from "@labour-left/data";
import type { Source } from "@labour-left/data/schemas";
import type { DatasetSource } from "../read/dataset-source";
import { type OnValid, type ValidatedSource, versionOf } from "./validated-source";

/**
 * The bundled dataset, fed to the formats in the validator's order without being checked again: the data package
 * validates its records when it is built (the build fails on any problem), so an export of them need not load
 * the validators or pay for them. Anything else given to the exporter, a file or an object, is validated.
 */
export async function feedBundled(
  source: DatasetSource,
  onValid?: OnValid,
  signal?: AbortSignal,
): Promise<ValidatedSource> {
  const skeleton = source.skeleton();
  const sources: Source[] = [];
  for (const collection of VALIDATION_ORDER) {
    await source.readItems(collection, async (items) => {
      signal?.throwIfAborted();
      const records = items as readonly Readonly<Record<string, unknown>>[];
      if (collection === "sources") sources.push(...(records as unknown as readonly Source[]));
      await onValid?.({ collection, records });
    });
  }
  return { result: { valid: true, issues: [], total: 0, complete: true }, version: versionOf(skeleton), sources };
}
