import type { Source } from "@labour-left/data";
import type { CollectionName } from "@labour-left/data/schemas";

/** What a format knows once every record has passed: the dataset's version and its sources. */
export interface ExportContext {
  readonly version: string;
  readonly sources: readonly Source[];
}

/** A format's writer: it takes each valid record as it is read, and writes its files when all were valid. */
export interface FormatWriter {
  /** Takes one valid record; returns a promise when the caller should wait for the disk. */
  add(collection: CollectionName, record: Readonly<Record<string, unknown>>): Promise<void> | undefined;
  /** Writes what remains, once the whole dataset is known to be valid. */
  finish(context: ExportContext): Promise<void>;
}
