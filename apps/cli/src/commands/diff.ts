import { COLLECTION_NAMES } from "@labour-left/data/schemas";
import {
  type InputFile,
  problemCount,
  problemLines,
  readJsonFile,
  STANDARD_INPUT,
  validateInputFile,
  withInputFile,
} from "@labour-left/exporter";
import { CliError } from "../_errors";
import type { CommandResult } from "../_result";

type Json = Record<string, unknown>;

// Both files are valid datasets by then: every collection is a list of records with unique ids.
function collectionOf(dataset: unknown, name: string): Map<string, Json> {
  const list = (dataset as Record<string, Json[]>)[name] ?? [];
  return new Map(list.map((record) => [String(record.id), record]));
}

/** Stops, with every problem as `labour-left validate` reports them, unless the file is a valid dataset. */
async function checkValid(file: InputFile): Promise<void> {
  const result = await validateInputFile(file);
  if (!result.valid) {
    throw new CliError(
      `${file.name} is not a valid dataset (${problemCount(result)}); nothing was compared`,
      1,
      problemLines(result),
    );
  }
}

/**
 * Records added, removed and changed (by id, with the changed fields) between two versions of the dataset; both are
 * validated first.
 */
export async function diff(oldFile: string, newFile: string): Promise<CommandResult> {
  if (oldFile === STANDARD_INPUT && newFile === STANDARD_INPUT)
    throw new CliError("only one of the two files can be standard input (-)", 2);
  // Pipes are copied to files first: each file is read twice, to validate it and to compare it.
  return await withInputFile(oldFile, (before) => withInputFile(newFile, (after) => diffFiles(before, after)));
}

async function diffFiles(oldFile: InputFile, newFile: InputFile): Promise<CommandResult> {
  await checkValid(oldFile);
  await checkValid(newFile);
  const before = await readJsonFile(oldFile.path, oldFile.name);
  const after = await readJsonFile(newFile.path, newFile.name);
  const changes: { collection: string; id: string; change: "added" | "removed" | "changed"; fields: string[] }[] = [];
  for (const collection of COLLECTION_NAMES) {
    const old = collectionOf(before, collection);
    const next = collectionOf(after, collection);
    for (const [id, record] of next) {
      const previous = old.get(id);
      if (!previous) changes.push({ collection, id, change: "added", fields: [] });
      else {
        const fields = [...new Set([...Object.keys(previous), ...Object.keys(record)])].filter(
          (field) => JSON.stringify(previous[field]) !== JSON.stringify(record[field]),
        );
        if (fields.length > 0) changes.push({ collection, id, change: "changed", fields: fields.sort() });
      }
    }
    for (const id of old.keys()) if (!next.has(id)) changes.push({ collection, id, change: "removed", fields: [] });
  }
  const versions = { old: (before as Json).version, new: (after as Json).version };
  return {
    json: { versions, changes },
    lines: [
      `${oldFile.name} (${String(versions.old)}) -> ${newFile.name} (${String(versions.new)}): ${changes.length} change${changes.length === 1 ? "" : "s"}`,
    ],
    table: {
      columns: ["collection", "id", "change", "fields"],
      rows: changes.map((change) => [change.collection, change.id, change.change, change.fields.join(", ")]),
    },
  };
}
