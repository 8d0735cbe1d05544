import type { Dataset } from "@labour-left/data";
import { COLLECTION_NAMES } from "@labour-left/data/schemas";
import { type ExportFile, stableJson } from "./_file";

/** `dataset.json` (everything) and `json/<collection>.json` (one array each). */
export function toJsonFiles(dataset: Dataset): ExportFile[] {
  const records = COLLECTION_NAMES.reduce((sum, name) => sum + dataset[name].length, 0);
  return [
    { path: "dataset.json", content: stableJson(dataset), rows: records },
    ...COLLECTION_NAMES.map((name) => ({
      path: `json/${name}.json`,
      content: stableJson(dataset[name]),
      rows: dataset[name].length,
    })),
  ];
}
