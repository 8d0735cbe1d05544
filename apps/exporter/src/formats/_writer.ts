import type { CollectionName, Source } from "@labour-left/data/schemas";
import type { WrittenFile } from "../stage/stage";

/** What a format knows once every record has passed: the dataset's version and its sources. */
export interface ExportContext {
  readonly version: string;
  readonly sources: readonly Source[];
}

/** Valid records of one collection, as read: their JSON text too when they came from a file. */
export interface RecordBatch {
  readonly collection: CollectionName;
  readonly records: readonly Readonly<Record<string, unknown>>[];
  /** The records as a JSON array, exactly as read, when they came from a file. */
  readonly text?: string;
}

/** A format's writer: it takes valid records as they are read, and writes its files when all were valid. */
export interface FormatWriter {
  /** Takes a batch of valid records; returns a promise when the caller should wait. */
  add(batch: RecordBatch): Promise<void> | undefined;
  /** Writes what remains, once the whole dataset is known to be valid. */
  finish(context: ExportContext): Promise<void>;
}

/**
 * Worker threads that each take a share of the tables (named) for a format made from the CSV tables, once those
 * are written; the formats work in this thread where there are none.
 */
export interface TableWorkers {
  readonly size: number;
  /**
   * Loads each share of the tables, with its indexes, into a database of its own at the path beside it, then copies
   * them into one database at `path`; gives the rows.
   */
  buildSqlite(path: string, shares: readonly (readonly string[])[], partPaths: readonly string[]): Promise<number>;
  /** Writes each share's Parquet files; gives the files. */
  writeParquet(shares: readonly (readonly string[])[]): Promise<WrittenFile[]>;
}
