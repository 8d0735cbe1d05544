import { DatasetFile } from "./dataset-file";
import type { DatasetSource } from "./dataset-source";
import type { InputFile } from "./input-file";

// A module of its own: the file reader and its JSON scanner load only when there is a file to read, never for an
// export of the bundled data.

/** A JSON file following the dataset schema, read in pieces. */
export async function datasetFromFile({ path, name }: InputFile): Promise<DatasetSource> {
  const file = await DatasetFile.open(path, name);
  return {
    name,
    bytes: file.bytes,
    skeleton: () => file.skeleton(),
    readItems: (collection, onBatch) => file.readItems(collection, onBatch),
    readBytes: (collection, onBatch) => file.readBytes(collection, onBatch),
    explainSyntaxError: (offset, reason) => file.explainSyntaxError(offset, reason),
    close: () => file.close(),
  };
}
