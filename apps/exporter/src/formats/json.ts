import { COLLECTION_NAMES, type CollectionName } from "@labour-left/data";
import type { BufferedFile } from "../stage/buffered-file";
import type { Stage } from "../stage/stage";
import { copyIndented } from "./_copy-indented";
import { eachRecord } from "./_each-record";
import { indentedItem } from "./_json-text";
import type { ExportContext, FormatWriter } from "./_writer";

interface CollectionFile {
  readonly file: BufferedFile;
  count: number;
}

/**
 * `json/<collection>.json` (one array each, records in input order, written as they pass) and `dataset.json`
 * (everything, with the version), assembled from those files at the end. Keys are sorted at every depth.
 */
export function createJsonWriter(stage: Stage): FormatWriter {
  const files = new Map<CollectionName, CollectionFile>();
  const pathOf = (collection: CollectionName): string => `json/${collection}.json`;
  const fileOf = async (collection: CollectionName): Promise<CollectionFile> => {
    const existing = files.get(collection);
    if (existing) return existing;
    const entry: CollectionFile = { file: await stage.create(pathOf(collection), () => entry.count), count: 0 };
    files.set(collection, entry);
    return entry;
  };

  return {
    add: eachRecord((collection, record) => {
      const write = (entry: CollectionFile): Promise<void> | undefined => {
        entry.count += 1;
        return entry.file.write(`${entry.count === 1 ? "[\n" : ",\n"}${indentedItem(record, 1)}`);
      };
      const entry = files.get(collection);
      if (entry) return write(entry);
      // The caller waits for this before the next record, so a collection's file is opened once.
      return fileOf(collection).then(write);
    }),
    async finish(context: ExportContext) {
      for (const collection of COLLECTION_NAMES) {
        const { file, count } = await fileOf(collection);
        await file.write(count === 0 ? "[]\n" : "\n]\n");
      }
      const total = [...files.values()].reduce((sum, entry) => sum + entry.count, 0);
      const dataset = await stage.create("dataset.json", () => total);
      const keys = [...COLLECTION_NAMES, "version"].sort();
      await dataset.write("{\n");
      for (const [index, key] of keys.entries()) {
        await dataset.write(`${index === 0 ? "" : ",\n"}  ${JSON.stringify(key)}: `);
        if (key === "version") await dataset.write(JSON.stringify(context.version));
        else {
          const { file } = await fileOf(key as CollectionName);
          await file.close();
          await copyIndented(stage.stagedPath(pathOf(key as CollectionName)), dataset, "  ");
        }
      }
      await dataset.write("\n}\n");
    },
  };
}
