import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Stage } from "../stage/stage";
import type { CsvWorkerData, FromCsvWorker, ToCsvWorker } from "./_csv-worker-protocol";
import type { FormatWriter } from "./_writer";
import type { CsvOptions } from "./csv";

/** Batches sent but not yet written; the main thread waits beyond this, so memory stays bounded. */
const MAX_BATCHES_IN_FLIGHT = 16;

/**
 * The built worker script beside this module, if there is one: not when running from source, nor inside a
 * CommonJS bundle (such as the `labour-left` CLI), where `import.meta.url` is empty.
 */
function findWorkerScript(): string | undefined {
  try {
    const path = fileURLToPath(new URL("./csv-worker.js", import.meta.url));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The CSV writer running in a worker thread, fed with each batch's JSON text, so that encoding and sorting
 * use the second core while this one reads and validates. Undefined where the worker script is not built.
 */
export function createCsvWriterInWorker(stage: Stage, options: CsvOptions): FormatWriter | undefined {
  const script = findWorkerScript();
  if (script === undefined) return undefined;
  const staging = dirname(stage.scratch);
  // No inherited flags: a test runner's source conditions would point the built worker at TypeScript files.
  const worker = new Worker(script, { workerData: { staging, options } satisfies CsvWorkerData, execArgv: [] });
  let inFlight = 0;
  let waiter: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let finished: { resolve: (message: FromCsvWorker) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;

  const fail = (error: Error): void => {
    failure ??= error;
    waiter?.reject(failure);
    finished?.reject(failure);
    waiter = undefined;
    finished = undefined;
  };
  worker.on("message", (message: FromCsvWorker) => {
    if (message.kind === "failed") fail(new Error(message.message));
    else if (message.kind === "batch-done") {
      inFlight -= 1;
      waiter?.resolve();
      waiter = undefined;
    } else finished?.resolve(message);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the CSV worker stopped (exit code ${code})`)));
  const post = (message: ToCsvWorker): void => worker.postMessage(message);

  return {
    add({ collection, records, text }) {
      if (failure) return Promise.reject(failure);
      post({ kind: "batch", collection, text: text ?? JSON.stringify(records) });
      inFlight += 1;
      if (inFlight < MAX_BATCHES_IN_FLIGHT) return undefined;
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
      });
    },
    async finish(context) {
      if (failure) throw failure;
      const done = new Promise<FromCsvWorker>((resolve, reject) => {
        finished = { resolve, reject };
      });
      post({ kind: "finish", context });
      const message = await done;
      if (message.kind === "finished") for (const file of message.files) stage.adopt(file);
      await this.dispose?.();
    },
    async dispose() {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}
