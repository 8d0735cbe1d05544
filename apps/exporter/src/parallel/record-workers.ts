import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CollectionName, ErrataSubjects } from "@labour-left/data/schemas";
import type { TableWorkers } from "../formats/_writer";
import { type CsvOptions, DEFAULT_SORT_BUFFER_BYTES, shareTables } from "../formats/csv";
import type { Stage, WrittenFile } from "../stage/stage";
import type { FromRecordWorker, RecordWorkerData, ToRecordWorker } from "./_protocol";

/** The file name the worker script is built to, beside the module that starts it. */
const WORKER_SCRIPT = "record-worker.js";

/**
 * The built worker script beside this module, if there is one (not when running from source). In a CommonJS
 * bundle, such as the `labour-left` CLI's, `import.meta.url` is empty and the bundle's own folder is looked in.
 */
function findWorkerScript(): string | undefined {
  const folder = thisModuleFolder();
  if (folder === undefined) return undefined;
  const path = join(folder, WORKER_SCRIPT);
  return existsSync(path) ? path : undefined;
}

function thisModuleFolder(): string | undefined {
  if (import.meta.url) return dirname(fileURLToPath(import.meta.url));
  return typeof __dirname === "string" ? __dirname : undefined;
}

/** The young generation of each worker's heap, in MB (V8's default is sized for one thread per machine). */
const YOUNG_GENERATION_MB = 16;

type Answer<Kind extends FromRecordWorker["kind"]> = Extract<FromRecordWorker, { kind: Kind }>;

/** One worker thread and the answers it owes, oldest first (it answers in the order it was asked). */
class RecordWorker {
  private readonly owed: { resolve: (answer: FromRecordWorker) => void; reject: (error: Error) => void }[] = [];
  private failure: Error | undefined;
  private readonly worker: Worker;

  constructor(script: string, data: RecordWorkerData) {
    // No inherited flags: a test runner's source conditions would point the built worker at TypeScript files.
    this.worker = new Worker(script, {
      workerData: data,
      execArgv: [],
      // A worker's objects die with their batch: a modest young generation holds them. On the 100x bench, 16 MB
      // was as fast as 64 MB with 100 MB less memory; 8 MB saved little more and cost a twentieth in time.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    this.worker.on("message", (answer: FromRecordWorker) => {
      if (answer.kind === "failed") this.fail(new Error(answer.message));
      else this.owed.shift()?.resolve(answer);
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`a record worker stopped (exit code ${code})`)));
  }

  /** Sends a message, handing over (not copying) what `transfer` lists, and gives its answer when it comes. */
  ask(message: ToRecordWorker, transfer: readonly ArrayBuffer[] = []): Promise<FromRecordWorker> {
    if (this.failure) return Promise.reject(this.failure);
    const answer = new Promise<FromRecordWorker>((resolve, reject) => this.owed.push({ resolve, reject }));
    this.worker.postMessage(message, transfer);
    return answer;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.owed.splice(0)) reject(this.failure);
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
}

/** What a batch came back as: each item checked on its own, or a syntax error at a byte offset. */
export type CheckedAnswer = Answer<"checked"> | Answer<"syntax-error">;

/**
 * Worker threads that parse, check and CSV-encode batches of items, each keeping its own sorted runs, so that
 * the main thread only reads bytes and resolves ids. At the end they merge every run into the tables, each
 * writing its share of the tables; then each takes a share of the tables for the database and Parquet files.
 */
export class RecordWorkers implements TableWorkers {
  private next = 0;

  private constructor(
    private readonly workers: readonly RecordWorker[],
    private readonly stage: Stage | undefined,
  ) {}

  /**
   * Starts the workers, which also write CSV into `csv.stage` when it is given; undefined where the worker
   * script is not built.
   */
  static start(csv?: { readonly stage: Stage; readonly options: CsvOptions }): RecordWorkers | undefined {
    const script = findWorkerScript();
    if (script === undefined) return undefined;
    // The main thread needs little; on two cores, two workers keep both busy.
    const count = Math.min(4, Math.max(2, availableParallelism() - 1));
    const workers = Array.from({ length: count }, (_, index) => {
      if (csv === undefined) return new RecordWorker(script, {});
      // The sort buffer is shared out, so that memory does not grow with the number of workers.
      const sortBufferBytes = Math.ceil((csv.options.sortBufferBytes ?? DEFAULT_SORT_BUFFER_BYTES) / count);
      const staging = dirname(csv.stage.scratch);
      const options = { ...csv.options, sortBufferBytes };
      return new RecordWorker(script, { csv: { staging, options, runPrefix: `w${index}-` } });
    });
    return new RecordWorkers(workers, csv?.stage);
  }

  /** How many workers there are. */
  get size(): number {
    return this.workers.length;
  }

  /** Tells every worker which errata wait for their subjects, before any batch they must look for. */
  async setSubjects(subjects: ErrataSubjects): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.ask({ kind: "subjects", subjects })));
  }

  /** Has a batch checked and encoded by the next worker in turn; its bytes are handed over. */
  check(collection: CollectionName, bytes: Uint8Array, offset: number, firstIndex: number): Promise<CheckedAnswer> {
    const message = { kind: "batch", collection, bytes, offset, firstIndex, check: true } as const;
    return this.nextWorker().ask(message, [bytes.buffer as ArrayBuffer]) as Promise<CheckedAnswer>;
  }

  /** Has a batch of records the main thread has checked encoded as CSV. */
  async encode(collection: CollectionName, bytes: Uint8Array): Promise<void> {
    const message = { kind: "batch", collection, bytes, offset: 0, firstIndex: 0, check: false } as const;
    await this.nextWorker().ask(message, [bytes.buffer as ArrayBuffer]);
  }

  /**
   * Merges every worker's runs into the CSV tables, the workers sharing the tables out among them; the files are
   * counted in this thread's stage.
   */
  async writeTables(): Promise<void> {
    const answers = await Promise.all(this.workers.map((worker) => worker.ask({ kind: "finish-runs" })));
    const parts = answers.map((answer) => (answer as Answer<"runs">).runs);
    const shares = shareTables(parts, this.workers.length);
    const written = await Promise.all(
      this.workers.map((worker, index) =>
        worker.ask({ kind: "write-tables", parts, tables: shares[index] ?? new Set() }),
      ),
    );
    for (const answer of written) for (const file of (answer as Answer<"tables">).files) this.stage?.adopt(file);
  }

  async buildSqlite(
    path: string,
    shares: readonly (readonly string[])[],
    partPaths: readonly string[],
  ): Promise<number> {
    const answers = await Promise.all(
      shares.map((tables, index) =>
        this.worker(index).ask({ kind: "sqlite-part", tables, path: partPaths[index] ?? "" }),
      ),
    );
    await this.worker(0).ask({ kind: "sqlite-merge", path, shares, partPaths });
    return answers.reduce((sum, answer) => sum + (answer as Answer<"loaded">).rows, 0);
  }

  async writeParquet(shares: readonly (readonly string[])[]): Promise<WrittenFile[]> {
    const answers = await Promise.all(
      shares.map((tables, index) => this.worker(index).ask({ kind: "parquet", tables })),
    );
    return answers.flatMap((answer) => (answer as Answer<"tables">).files);
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.stop()));
  }

  private worker(index: number): RecordWorker {
    const worker = this.workers[index];
    if (worker === undefined) throw new Error(`there is no record worker ${index}`);
    return worker;
  }

  private nextWorker(): RecordWorker {
    const worker = this.workers[this.next % this.workers.length] as RecordWorker;
    this.next += 1;
    return worker;
  }
}
