import type { CollectionName } from "@labour-left/data/schemas";
import type { WrittenFile } from "../stage/stage";
import type { ExportContext } from "./_writer";
import type { CsvOptions } from "./csv";

/** What the CSV worker is started with. */
export interface CsvWorkerData {
  readonly staging: string;
  readonly options: CsvOptions;
}

/** From the main thread to the CSV worker. */
export type ToCsvWorker =
  | { readonly kind: "batch"; readonly collection: CollectionName; readonly text: string }
  | { readonly kind: "finish"; readonly context: ExportContext };

/** From the CSV worker to the main thread. */
export type FromCsvWorker =
  | { readonly kind: "batch-done" }
  | { readonly kind: "finished"; readonly files: readonly WrittenFile[] }
  | { readonly kind: "failed"; readonly message: string };
