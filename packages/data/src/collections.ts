import { RECORD_FILES, type RecordFileName } from "./records/_load";
import type { Dataset, MaidenSpeech, Person } from "./types/bundled";
import type { CollectionName } from "./vocabulary";

/** Freezes a record and everything in it: the types say read-only, and so does the run time. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // Indexed loops and for-in: a fifth of the start-up cost of Object.values on this many small objects.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) deepFreeze(value[index]);
  } else {
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
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

const records = (...names: readonly RecordFileName[]): readonly unknown[] =>
  names.length === 1 ? recordFile(names[0] as RecordFileName) : names.flatMap((name) => recordFile(name));

// Maiden speeches come with the results data; the people are written by hand.
function peopleWithMaidenSpeeches(): readonly Person[] {
  const speeches = new Map<string, MaidenSpeech>();
  const listed = recordFile("maiden-speeches") as readonly (MaidenSpeech & { readonly personId: string })[];
  for (const { personId, ...speech } of listed) speeches.set(personId, speech);
  return (recordFile("people") as readonly Person[]).map((person) => {
    const maidenSpeech = speeches.get(person.id);
    return maidenSpeech === undefined ? person : { ...person, maidenSpeech };
  });
}

/** Which record files make each collection, in the collection's order. */
const BUILDERS: { readonly [Name in CollectionName]: () => readonly unknown[] } = {
  sources: () => records("sources"),
  organizations: () => records("organizations", "parties"),
  people: peopleWithMaidenSpeeches,
  memberships: () => records("memberships", "commons-memberships"),
  posts: () => records("posts", "commons-posts"),
  areas: () => records("regions", "constituencies", "contested-constituencies"),
  events: () => records("events", "parliaments"),
  statements: () => records("statements"),
  contests: () => records("contests"),
  candidacies: () =>
    records(
      "candidacies",
      "contest-candidacies-55",
      "contest-candidacies-56",
      "contest-candidacies-57",
      "contest-candidacies-58",
      "contest-candidacies-59",
    ),
  notionalResults: () => records("notional-results"),
  errata: () => records("errata"),
};

const built = new Map<CollectionName, readonly unknown[]>();

/**
 * One collection of the bundled records, built and frozen the first time it is asked for: importing the package
 * reads no records, and a program that asks for one collection reads only the files that make it.
 */
export function collection<Name extends CollectionName>(name: Name): Dataset[Name] {
  let records = built.get(name);
  if (records === undefined) {
    records = deepFreeze(BUILDERS[name]());
    built.set(name, records);
  }
  return records as Dataset[Name];
}
