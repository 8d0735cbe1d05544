// Each record file's records, by name, for collections.ts to build the collections from on first use. Here they
// are the modules themselves; the built package reads each from a JSON file when first asked (tsup.config.ts).

import { peopleWithMaidenSpeeches } from "./_people-with-speeches";
import { candidacyRecords } from "./candidacies";
import { commonsMembershipRecords } from "./commons-memberships";
import { commonsPostRecords } from "./commons-posts";
import { constituencyRecords } from "./constituencies";
import { contestCandidacyRecords55 } from "./contest-candidacies-55";
import { contestCandidacyRecords56 } from "./contest-candidacies-56";
import { contestCandidacyRecords57 } from "./contest-candidacies-57";
import { contestCandidacyRecords58 } from "./contest-candidacies-58";
import { contestCandidacyRecords59 } from "./contest-candidacies-59";
import { contestedConstituencyRecords } from "./contested-constituencies";
import { contestRecords } from "./contests";
import { erratumRecords } from "./errata";
import { eventRecords } from "./events";
import { membershipRecords } from "./memberships";
import { notionalResultRecords } from "./notional-results";
import { organizationRecords } from "./organizations";
import { parliamentRecords } from "./parliaments";
import { partyRecords } from "./parties";
import { postRecords } from "./posts";
import { regionRecords } from "./regions";
import { sourceRecords } from "./sources";
import { statementRecords } from "./statements";

export type RecordFileName =
  | "candidacies"
  | "commons-memberships"
  | "commons-posts"
  | "constituencies"
  | "contest-candidacies-55"
  | "contest-candidacies-56"
  | "contest-candidacies-57"
  | "contest-candidacies-58"
  | "contest-candidacies-59"
  | "contested-constituencies"
  | "contests"
  | "errata"
  | "events"
  | "memberships"
  | "notional-results"
  | "organizations"
  | "parliaments"
  | "parties"
  | "people"
  | "posts"
  | "regions"
  | "sources"
  | "statements";

// Typed loosely: the records' literal types are more than TypeScript will write out for one object.
export const RECORD_FILES: { readonly [Name in RecordFileName]: () => readonly unknown[] } = {
  candidacies: () => candidacyRecords,
  "commons-memberships": () => commonsMembershipRecords,
  "commons-posts": () => commonsPostRecords,
  constituencies: () => constituencyRecords,
  "contest-candidacies-55": () => contestCandidacyRecords55,
  "contest-candidacies-56": () => contestCandidacyRecords56,
  "contest-candidacies-57": () => contestCandidacyRecords57,
  "contest-candidacies-58": () => contestCandidacyRecords58,
  "contest-candidacies-59": () => contestCandidacyRecords59,
  "contested-constituencies": () => contestedConstituencyRecords,
  contests: () => contestRecords,
  errata: () => erratumRecords,
  events: () => eventRecords,
  memberships: () => membershipRecords,
  "notional-results": () => notionalResultRecords,
  organizations: () => organizationRecords,
  parliaments: () => parliamentRecords,
  parties: () => partyRecords,
  people: peopleWithMaidenSpeeches,
  posts: () => postRecords,
  regions: () => regionRecords,
  sources: () => sourceRecords,
  statements: () => statementRecords,
};
