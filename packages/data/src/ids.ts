// Id types: unions of the records' ids, derived from the records so that a typo in an id fails to compile. Each is
// read off an array of the ids, whose type the declarations spell out as a plain union: the records' literal types
// (hundreds of kilobytes of them) stay out of what a consumer's compiler reads.
import { candidacyRecords } from "./records/candidacies";
import { commonsMembershipRecords } from "./records/commons-memberships";
import { commonsPostRecords } from "./records/commons-posts";
import { constituencyRecords } from "./records/constituencies";
import { contestCandidacyRecords55 } from "./records/contest-candidacies-55";
import { contestCandidacyRecords56 } from "./records/contest-candidacies-56";
import { contestCandidacyRecords57 } from "./records/contest-candidacies-57";
import { contestCandidacyRecords58 } from "./records/contest-candidacies-58";
import { contestCandidacyRecords59 } from "./records/contest-candidacies-59";
import { contestedConstituencyRecords } from "./records/contested-constituencies";
import { contestRecords } from "./records/contests";
import { erratumRecords } from "./records/errata";
import { eventRecords } from "./records/events";
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

const idsOf = <Id extends string>(...lists: readonly (readonly { readonly id: Id }[])[]): Id[] =>
  lists.flatMap((records) => records.map((record) => record.id));

const personIds = /* @__PURE__ */ idsOf(personRecords);
const organizationIds = /* @__PURE__ */ idsOf(organizationRecords, partyRecords);
const partyIds = /* @__PURE__ */ idsOf(partyRecords);
const regionIds = /* @__PURE__ */ idsOf(regionRecords);
const constituencyIds = /* @__PURE__ */ idsOf(constituencyRecords, contestedConstituencyRecords);
const membershipIds = /* @__PURE__ */ idsOf(membershipRecords, commonsMembershipRecords);
const postIds = /* @__PURE__ */ idsOf(postRecords, commonsPostRecords);
const eventIds = /* @__PURE__ */ idsOf(eventRecords, parliamentRecords);
const parliamentIds = /* @__PURE__ */ idsOf(parliamentRecords);
const statementIds = /* @__PURE__ */ idsOf(statementRecords);
const contestIds = /* @__PURE__ */ idsOf(contestRecords);
const candidacyIds = /* @__PURE__ */ idsOf(
  candidacyRecords,
  contestCandidacyRecords55,
  contestCandidacyRecords56,
  contestCandidacyRecords57,
  contestCandidacyRecords58,
  contestCandidacyRecords59,
);
const notionalResultIds = /* @__PURE__ */ idsOf(notionalResultRecords);
const sourceIds = /* @__PURE__ */ idsOf(sourceRecords);
const erratumIds = /* @__PURE__ */ idsOf(erratumRecords);

/** A person's id, such as `diane-abbott`. */
export type PersonId = (typeof personIds)[number];
/** An organization's id, such as `scg-mps` or a party's, `labour-party`. */
export type OrganizationId = (typeof organizationIds)[number];
/** A party's id (the parties that candidacies stood for, beyond Labour and the Co-operative party). */
export type PartyId = (typeof partyIds)[number];
/** One of NELL's six regions. */
export type RegionId = (typeof regionIds)[number];
/** A constituency's id: of 2010-2024 (`islington-north`) or of 2024 (`islington-north-2024`). */
export type ConstituencyId = (typeof constituencyIds)[number];
/** Any area's id: a NELL region or a constituency. */
export type AreaId = RegionId | ConstituencyId;
export type MembershipId = (typeof membershipIds)[number];
export type PostId = (typeof postIds)[number];
export type EventId = (typeof eventIds)[number];
/** A Parliament (an event of classification `legislative-period`), such as `parliament-58`. */
export type ParliamentId = (typeof parliamentIds)[number];
export type StatementId = (typeof statementIds)[number];
/** A contest: `ge2019-easington`, `by2012-11-29-middlesbrough`. */
export type ContestId = (typeof contestIds)[number];
/** A candidacy: `ge2019-jeremy-corbyn` for a person in the records, `ge2019-easington-2` for any other candidate. */
export type CandidacyId = (typeof candidacyIds)[number];
export type NotionalResultId = (typeof notionalResultIds)[number];
export type SourceId = (typeof sourceIds)[number];
export type ErratumId = (typeof erratumIds)[number];
