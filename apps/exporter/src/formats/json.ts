import type { Dataset } from "@labour-left/data";
import { COLLECTION_NAMES } from "@labour-left/data/schemas";
import { type ExportFile, stableJson, textFile } from "./_file";

/** `dataset.json` (everything) and `json/<collection>.json` (one array each). */
export function toJsonFiles(dataset: Dataset): ExportFile[] {
  const records = COLLECTION_NAMES.reduce((sum, name) => sum + dataset[name].length, 0);
  return [
    textFile("dataset.json", () => stableJson(dataset), records),
    ...COLLECTION_NAMES.map((name) =>
      textFile(`json/${name}.json`, () => stableJson(dataset[name]), dataset[name].length),
    ),
  ];
}
