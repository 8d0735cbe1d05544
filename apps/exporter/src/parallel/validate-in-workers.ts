import { type CollectionName, VALIDATION_ORDER } from "@labour-left/data";
import type { Source } from "@labour-left/data/schemas";
import type { DatasetSource } from "../read/dataset-source";
import { type OnValid, stopIfFull, untilFull, type ValidatedSource, versionOf } from "../validate/validated-source";
import type { CheckedAnswer, RecordWorkers } from "./record-workers";

/** The text of a batch's bytes. */
const textOf = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");

/** Batches handed to workers and not yet taken back, per worker: enough to keep them busy, few enough to hold. */
const BATCHES_IN_FLIGHT_PER_WORKER = 4;

interface InFlight {
  readonly collection: CollectionName;
  /** The batch's text, kept where this thread needs its records too. */
  readonly text: string | undefined;
  readonly answer: Promise<CheckedAnswer>;
}

/**
 * Validates a dataset as `validateInThisThread` does, with the work on each record (parsing, shape, dates, CSV rows)
 * done by worker threads, which also write the CSV; this thread checks ids and references in item order.
 * `onValid`, when given, gets each batch of records parsed here, for formats written in this thread. `signal` stops
 * it between batches.
 */
export async function validateInWorkers(
  source: DatasetSource,
  workers: RecordWorkers,
  onValid?: OnValid,
  signal?: AbortSignal,
): Promise<ValidatedSource> {
  const { createDatasetValidator } = await import("@labour-left/data/schemas");
  const validator = createDatasetValidator();
  const skeleton = source.skeleton();
  const arrays = validator.checkTopLevel(skeleton);
  const sources: Source[] = [];
  const inFlight: InFlight[] = [];
  let ended = 0;

  /** Ends, in order, every collection before `collection`: their items have all been taken back. */
  const endCollectionsBefore = (collection: CollectionName | undefined): void => {
    const until = collection === undefined ? VALIDATION_ORDER.length : VALIDATION_ORDER.indexOf(collection);
    for (; ended < until; ended += 1) validator.endCollection(VALIDATION_ORDER[ended] as CollectionName);
  };

  const takeBack = async ({ collection, text, answer }: InFlight): Promise<void> => {
    const answered = await answer;
    if (answered.kind === "syntax-error") throw await source.explainSyntaxError(answered.offset, answered.reason);
    endCollectionsBefore(collection);
    validator.addCheckedBatch(answered.batch);
    if (!validator.valid || text === undefined) return;
    const records = JSON.parse(text);
    if (collection === "sources") sources.push(...(records as Source[]));
    if (onValid) await onValid({ collection, records, text });
  };

  // Errata come first and are few: checked here, so that workers can be told which subjects they wait for.
  if (arrays.has("errata")) {
    let index = 0;
    await source.readItems("errata", async (items, text) => {
      const records = items.map((item) => validator.checkItem("errata", index++, item));
      if (!validator.valid) return;
      await workers.encode("errata", new Uint8Array(Buffer.from(text ?? JSON.stringify(records))));
      await onValid?.({ collection: "errata", records: records as Readonly<Record<string, unknown>>[] });
    });
  }
  endCollectionsBefore("sources");
  await workers.setSubjects(validator.waitingSubjects());

  for (const collection of VALIDATION_ORDER) {
    if (collection === "errata" || !arrays.has(collection) || validator.full) continue;
    let firstIndex = 0;
    await untilFull(() =>
      source.readBytes(collection, async ({ bytes, count, offset }) => {
        signal?.throwIfAborted();
        // Decoded here only when this thread needs the records; the bytes themselves move to a worker.
        const text = onValid !== undefined || collection === "sources" ? textOf(bytes) : undefined;
        const answer = workers.check(collection, bytes, offset, firstIndex);
        // Taken back in order; if an earlier one fails, this one's failure is of no interest.
        answer.catch(() => undefined);
        inFlight.push({ collection, text, answer });
        firstIndex += count;
        while (inFlight.length >= workers.size * BATCHES_IN_FLIGHT_PER_WORKER) {
          await takeBack(inFlight.shift() as InFlight);
          stopIfFull(validator);
        }
      }),
    );
  }
  // Batches still with the workers once the validator is full are left to them: the workers are stopped next.
  while (inFlight.length > 0 && !validator.full) await takeBack(inFlight.shift() as InFlight);
  endCollectionsBefore(undefined);
  return { result: validator.finish(), version: versionOf(skeleton), sources };
}
