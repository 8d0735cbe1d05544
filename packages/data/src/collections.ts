import type { DeepReadonly } from "./records/_types";
import { candidacyRecords } from "./records/candidacies";
import { commonsMembershipRecords } from "./records/commons-memberships";
import { commonsPostRecords } from "./records/commons-posts";
import { constituencyRecords } from "./records/constituencies";
import { contestedConstituencyRecords } from "./records/contested-constituencies";
import { erratumRecords } from "./records/errata";
import { eventRecords } from "./records/events";
import { membershipRecords } from "./records/memberships";
import { organizationRecords } from "./records/organizations";
import { personRecords } from "./records/people";
import { postRecords } from "./records/posts";
import { regionRecords } from "./records/regions";
import { sourceRecords } from "./records/sources";
import { statementRecords } from "./records/statements";
import type {
  Area,
  Candidacy,
  Erratum,
  Event,
  Membership,
  Organization,
  Person,
  Post,
  Source,
  Statement,
} from "./types/records";

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

// The record files are checked as deep-readonly literals; users get the records' types, frozen.
// Calls are marked pure so that a bundle using none of the records drops them.
function asCollection<T>(records: readonly DeepReadonly<T>[]): readonly T[] {
  return deepFreeze(records) as unknown as readonly T[];
}

function mergeRecords<T>(...lists: readonly (readonly T[])[]): readonly T[] {
  return lists.flat() as readonly T[];
}

/** Every source the records cite: the article and the reference datasets. */
export const sources: readonly Source[] = /* @__PURE__ */ asCollection<Source>(sourceRecords);
/** The three groups, the Labour Party, and other bodies the records refer to. */
export const organizations: readonly Organization[] = /* @__PURE__ */ asCollection<Organization>(organizationRecords);
/** Everyone the article names, under the name it gives them. */
export const people: readonly Person[] = /* @__PURE__ */ asCollection<Person>(personRecords);
/** Dated memberships: the 34 listed members of the Socialist Campaign Group of Labour MPs, and Commons seats. */
export const memberships: readonly Membership[] = /* @__PURE__ */ asCollection<Membership>(
  /* @__PURE__ */ mergeRecords<DeepReadonly<Membership>>(membershipRecords, commonsMembershipRecords),
);
/** Seats such as MP for a constituency. */
export const posts: readonly Post[] = /* @__PURE__ */ asCollection<Post>(
  /* @__PURE__ */ mergeRecords<DeepReadonly<Post>>(postRecords, commonsPostRecords),
);
/** NELL's six regions, its constituencies, and every constituency the people in the records sat for or contested. */
export const areas: readonly Area[] = /* @__PURE__ */ asCollection<Area>(
  /* @__PURE__ */ mergeRecords<DeepReadonly<Area>>(regionRecords, constituencyRecords, contestedConstituencyRecords),
);
/** NELL's inaugural AGM and conference of September 2020. */
export const events: readonly Event[] = /* @__PURE__ */ asCollection<Event>(eventRecords);
/** The groups' priorities, rights, aims and campaigns, and quotations, word for word. */
export const statements: readonly Statement[] = /* @__PURE__ */ asCollection<Statement>(statementRecords);
/** Where the source is wrong: its words, the correction and the evidence. */
export const errata: readonly Erratum[] = /* @__PURE__ */ asCollection<Erratum>(erratumRecords);
/** General-election candidacies, 2010 to 2024, of everyone with a UK Parliament member id: party, votes, result. */
export const candidacies: readonly Candidacy[] = /* @__PURE__ */ asCollection<Candidacy>(candidacyRecords);
