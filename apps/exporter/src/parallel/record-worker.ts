// A record worker: parses batches of items, checks each on its own, and encodes and sorts the valid ones as CSV
// (when it was started to write CSV); once the tables are written, it loads its share of them into a SQLite
// database of its own (one worker then copies them into one) or writes their Parquet files.
// The main thread does what needs the whole dataset (unique ids, references) with what this one sends back.
import { parentPort, workerData } from "node:worker_threads";
import { checkBatch, type ErrataSubjects } from "@labour-left/data/schemas";
import { csvPathOf } from "../formats/_table-shares";
import { createCsvWriter, writeCsvTables } from "../formats/csv";
import { writeParquetTable } from "../formats/parquet";
import { loadSqlitePart, mergeSqliteParts } from "../formats/sqlite-load";
import { parsePiece } from "../read/_read-values";
import { JsonSyntaxError } from "../read/_scan-json";
import { decodeUtf8 } from "../read/_utf8";
import { openStage, type Stage } from "../stage/stage";
import { TABLES } from "../tables/index";
import type { FromRecordWorker, RecordWorkerData, ToRecordWorker } from "./_protocol";

const data = workerData as RecordWorkerData;
const staged = data.csv && openStage(data.csv.staging);
const csv = data.csv && staged && createCsvWriter(staged.stage, data.csv.options, data.csv.runPrefix);
let subjects: ErrataSubjects = new Map();

async function checkAndEncode(message: Extract<ToRecordWorker, { kind: "batch" }>): Promise<FromRecordWorker> {
  let items: unknown[];
  try {
    items = parsePiece(decodeUtf8(message.bytes, message.offset), message.offset) as unknown[];
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { kind: "syntax-error", offset: error.offset, reason: error.reason };
    throw error;
  }
  const { collection, firstIndex } = message;
  if (!message.check) {
    await csv?.add({ collection, records: items as Record<string, unknown>[] });
    return { kind: "done" };
  }
  const { batch, records } = checkBatch(collection, firstIndex, items, subjects);
  // Records are encoded whether or not the dataset proves valid: if it does not, the stage is thrown away.
  await csv?.add({ collection, records });
  return { kind: "checked", batch };
}

const tablesNamed = (names: readonly string[]) => TABLES.filter((table) => names.includes(table.name));

async function writeParquet(stage: Stage, names: readonly string[]): Promise<FromRecordWorker> {
  const files = [];
  for (const table of tablesNamed(names))
    files.push(await writeParquetTable(stage, table, data.csv?.options.guardFormulas ?? true));
  return { kind: "tables", files };
}

async function handle(message: ToRecordWorker): Promise<FromRecordWorker> {
  switch (message.kind) {
    case "subjects":
      subjects = message.subjects;
      return { kind: "done" };
    case "batch":
      return checkAndEncode(message);
    case "finish-runs":
      if (!csv) throw new Error("this worker writes no CSV");
      return { kind: "runs", runs: await csv.finishRuns() };
    case "write-tables":
      if (!(data.csv && staged)) throw new Error("this worker writes no CSV");
      await writeCsvTables(staged.stage, data.csv.options, message.parts, message.tables);
      return { kind: "tables", files: await staged.closeAll() };
    case "sqlite-part":
      if (!staged) throw new Error("this worker reads no CSV");
      return {
        kind: "loaded",
        rows: await loadSqlitePart(message.path, tablesNamed(message.tables), {
          pathOf: csvPathOf(staged.stage),
          guarded: data.csv?.options.guardFormulas ?? true,
        }),
      };
    case "sqlite-merge":
      await mergeSqliteParts(message.path, message.shares, message.partPaths);
      return { kind: "done" };
    case "parquet":
      if (!staged) throw new Error("this worker reads no CSV");
      return writeParquet(staged.stage, message.tables);
  }
}

const port = parentPort;
// Messages are handled one after another, in the order they came, and answered in that order.
let queue = Promise.resolve();
port?.on("message", (message: ToRecordWorker) => {
  queue = queue
    .then(() => handle(message))
    .then(
      // A batch's codes are handed over, not copied.
      (answer) => port.postMessage(answer, answer.kind === "checked" ? [answer.batch.codes.buffer as ArrayBuffer] : []),
      (error: unknown) =>
        port.postMessage({
          kind: "failed",
          message: error instanceof Error ? error.message : String(error),
        } satisfies FromRecordWorker),
    );
});
