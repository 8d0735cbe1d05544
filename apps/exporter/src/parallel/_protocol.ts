import type { CheckedBatch, CollectionName, ErrataSubjects } from "@labour-left/data/schemas";
import type { CsvOptions, CsvRuns } from "../formats/csv";
import type { WrittenFile } from "../stage/stage";

/** What a record worker is started with: where and how to write CSV, if it is to. */
export interface RecordWorkerData {
  readonly csv?: {
    readonly staging: string;
    readonly options: CsvOptions;
    /** Begins its run files' names, apart from the other workers'. */
    readonly runPrefix: string;
  };
}

/** From the main thread to a record worker; each message gets exactly one answer, in the order sent. */
export type ToRecordWorker =
  | { readonly kind: "subjects"; readonly subjects: ErrataSubjects }
  | {
      readonly kind: "batch";
      readonly collection: CollectionName;
      /** The index of the batch's first item in its collection. */
      readonly firstIndex: number;
      /** A JSON array of items in UTF-8, as read from the file, handed over (not copied). */
      readonly bytes: Uint8Array;
      /** Where its `[` is in the file, to place a syntax error. */
      readonly offset: number;
      /** False when the main thread has checked these records already: they are only written. */
      readonly check: boolean;
    }
  | { readonly kind: "finish-runs" }
  | { readonly kind: "write-tables"; readonly parts: readonly CsvRuns[]; readonly tables: ReadonlySet<string> }
  /** Load these CSV tables, once written, into a SQLite database of this worker's own at `path`. */
  | { readonly kind: "sqlite-part"; readonly tables: readonly string[]; readonly path: string }
  /** Copy the SQLite databases that hold these shares of the tables into one at `path`. */
  | {
      readonly kind: "sqlite-merge";
      readonly path: string;
      readonly shares: readonly (readonly string[])[];
      readonly partPaths: readonly string[];
    }
  /** Write these CSV tables, once written, as Parquet files. */
  | { readonly kind: "parquet"; readonly tables: readonly string[] };

/** From a record worker to the main thread. */
export type FromRecordWorker =
  | { readonly kind: "done" }
  | { readonly kind: "checked"; readonly batch: CheckedBatch }
  | { readonly kind: "syntax-error"; readonly offset: number; readonly reason: string }
  | { readonly kind: "runs"; readonly runs: CsvRuns }
  | { readonly kind: "tables"; readonly files: readonly WrittenFile[] }
  | { readonly kind: "loaded"; readonly rows: number }
  | { readonly kind: "failed"; readonly message: string };
