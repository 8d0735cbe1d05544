import { RECORD_FILES, type RecordFileName } from "./records/_load";
import type { Dataset } from "./types/bundled";
import type { CollectionName } from "./vocabulary";

/** Freezes a record and everything in it: the types say read-only, and so does the run time. */
function deepFreeze<T extends object>(value: T): T {
  // Only objects are visited, with the test inline: a call for each string and number costs most of the time at
  // start-up, when this code still runs in the interpreter. Indexed loops and for-in: a fifth of the cost of
  // Object.values here.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (typeof item === "object" && item !== null && !Object.isFrozen(item)) deepFreeze(item);
    }
  } else {
    for (const key in value) {
      const item: unknown = value[key];
      if (typeof item === "object" && item !== null && !Object.isFrozen(item)) deepFreeze(item);
    }
  }
  return Object.freeze(value);
}

const files = new Map<RecordFileName, readonly unknown[]>();

/**
 * One record file's records, read and frozen the first time: a query that needs one part of a collection (the
 * memberships of a group, without the Commons seats) reads only the file that holds it.
 */
export function recordFile(name: RecordFileName): readonly unknown[] {
  let records = files.get(name);
  if (records === undefined) {
    records = deepFreeze(RECORD_FILES[name]() as unknown[]);
    files.set(name, records);
  }
  return records;
}

/** Which record files make each collection, in the collection's order. */
export const COLLECTION_FILES: { readonly [Name in CollectionName]: readonly RecordFileName[] } = {
  sources: ["sources"],
  organizations: ["organizations", "parties"],
  people: ["people"],
  memberships: ["memberships", "commons-memberships"],
  posts: ["posts", "commons-posts"],
  areas: ["regions", "constituencies", "contested-constituencies"],
  events: ["events", "parliaments"],
  statements: ["statements"],
  contests: ["contests"],
  candidacies: [
    "candidacies",
    "contest-candidacies-55",
    "contest-candidacies-56",
    "contest-candidacies-57",
    "contest-candidacies-58",
    "contest-candidacies-59",
  ],
  notionalResults: ["notional-results"],
  errata: ["errata"],
};

const built = new Map<CollectionName, readonly unknown[]>();

/**
 * One collection of the bundled records, built and frozen the first time it is asked for: importing the package
 * reads no records, and a program that asks for one collection reads only the files that make it.
 */
export function collection<Name extends CollectionName>(name: Name): Dataset[Name] {
  let records = built.get(name);
  if (records === undefined) {
    const files = COLLECTION_FILES[name];
    records =
      files.length === 1
        ? recordFile(files[0] as RecordFileName)
        : deepFreeze(files.flatMap((file) => recordFile(file)));
    built.set(name, records);
  }
  return records as Dataset[Name];
}
