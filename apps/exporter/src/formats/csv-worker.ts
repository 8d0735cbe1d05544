// The CSV writer in a worker thread: the main thread reads and validates, this one encodes, sorts and writes.
import { parentPort, workerData } from "node:worker_threads";
import { openStage } from "../stage/stage";
import type { CsvWorkerData, FromCsvWorker, ToCsvWorker } from "./_csv-worker-protocol";
import { createCsvWriter } from "./csv";

const { staging, options } = workerData as CsvWorkerData;
const { stage, closeAll } = openStage(staging);
const writer = createCsvWriter(stage, options);
const port = parentPort;
const send = (message: FromCsvWorker): void => port?.postMessage(message);

async function handle(message: ToCsvWorker): Promise<void> {
  if (message.kind === "batch") {
    // The main thread validated these records; their text parses to the same values zod returned.
    const records = JSON.parse(message.text) as Record<string, unknown>[];
    await writer.add({ collection: message.collection, records });
    send({ kind: "batch-done" });
  } else {
    await writer.finish(message.context);
    send({ kind: "finished", files: await closeAll() });
  }
}

// Messages are handled one after another, in the order they came.
let queue = Promise.resolve();
port?.on("message", (message: ToCsvWorker) => {
  queue = queue
    .then(() => handle(message))
    .catch((error: unknown) =>
      send({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
});
