import type { DeepReadonly } from "./records/_types";
import { candidacyRecords } from "./records/candidacies";
import { commonsMembershipRecords } from "./records/commons-memberships";
import { commonsPostRecords } from "./records/commons-posts";
import { constituencyRecords } from "./records/constituencies";
import { contestCandidacyRecords } from "./records/contest-candidacies";
import { contestedConstituencyRecords } from "./records/contested-constituencies";
import { contestRecords } from "./records/contests";
import { erratumRecords } from "./records/errata";
import { eventRecords } from "./records/events";
import { maidenSpeechRecords } from "./records/maiden-speeches";
import { membershipRecords } from "./records/memberships";
import { notionalResultRecords } from "./records/notional-results";
import { organizationRecords } from "./records/organizations";
import { parliamentRecords } from "./records/parliaments";
import { partyRecords } from "./records/parties";
import { personRecords } from "./records/people";
import { postRecords } from "./records/posts";
import { regionRecords } from "./records/regions";
import { sourceRecords } from "./records/sources";
import { statementRecords } from "./records/statements";
import type {
  Area,
  Candidacy,
  Contest,
  Erratum,
  Event,
  Membership,
  NotionalResult,
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

// Maiden speeches are generated from the results data; the people are written by hand.
function withMaidenSpeeches(): readonly DeepReadonly<Person>[] {
  const speeches = new Map(maidenSpeechRecords.map(({ personId, ...speech }) => [personId as string, speech]));
  return personRecords.map((person) => {
    const maidenSpeech = speeches.get(person.id);
    return maidenSpeech === undefined ? person : { ...person, maidenSpeech };
  });
}

/** Every source the records cite: the article and the reference datasets. */
export const sources: readonly Source[] = /* @__PURE__ */ asCollection<Source>(sourceRecords);
/** The three groups, the House of Commons, and every party a candidacy stood for. */
export const organizations: readonly Organization[] = /* @__PURE__ */ asCollection<Organization>(
  /* @__PURE__ */ mergeRecords<DeepReadonly<Organization>>(organizationRecords, partyRecords),
);
/** Everyone the article names, under the name it gives them, with their maiden speech where the sources give it. */
export const people: readonly Person[] = /* @__PURE__ */ asCollection<Person>(/* @__PURE__ */ withMaidenSpeeches());
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
/** NELL's inaugural AGM and conference of September 2020, and Parliaments 55 to 59. */
export const events: readonly Event[] = /* @__PURE__ */ asCollection<Event>(
  /* @__PURE__ */ mergeRecords<DeepReadonly<Event>>(eventRecords, parliamentRecords),
);
/** The groups' priorities, rights, aims and campaigns, and quotations, word for word. */
export const statements: readonly Statement[] = /* @__PURE__ */ asCollection<Statement>(statementRecords);
/** Where the source is wrong: its words, the correction and the evidence. */
export const errata: readonly Erratum[] = /* @__PURE__ */ asCollection<Erratum>(erratumRecords);
/** Contests: one constituency, one polling day; every general election and by-election in scope, 2010 to 2024. */
export const contests: readonly Contest[] = /* @__PURE__ */ asCollection<Contest>(contestRecords);
/** Every candidacy in the contests: the people in the records' (linked to them), and every other candidate's. */
export const candidacies: readonly Candidacy[] = /* @__PURE__ */ asCollection<Candidacy>(
  /* @__PURE__ */ mergeRecords<DeepReadonly<Candidacy>>(candidacyRecords, contestCandidacyRecords),
);
/** The 2019 general election's result estimated on the 2024 constituencies in scope, by party: estimates. */
export const notionalResults: readonly NotionalResult[] =
  /* @__PURE__ */ asCollection<NotionalResult>(notionalResultRecords);
