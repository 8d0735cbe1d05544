// Id types: unions of the records' ids, derived from the records so that a typo in an id fails to compile. Each is
// read off an array of the ids, whose type the declarations spell out as a plain union: the records' literal types
// (hundreds of kilobytes of them) stay out of what a consumer's compiler reads.
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

const idsOf = <Id extends string>(...lists: readonly (readonly { readonly id: Id }[])[]): Id[] =>
  lists.flatMap((records) => records.map((record) => record.id));

const personIds = /* @__PURE__ */ idsOf(personRecords);
const organizationIds = /* @__PURE__ */ idsOf(organizationRecords);
const regionIds = /* @__PURE__ */ idsOf(regionRecords);
const constituencyIds = /* @__PURE__ */ idsOf(constituencyRecords, contestedConstituencyRecords);
const membershipIds = /* @__PURE__ */ idsOf(membershipRecords, commonsMembershipRecords);
const postIds = /* @__PURE__ */ idsOf(postRecords, commonsPostRecords);
const eventIds = /* @__PURE__ */ idsOf(eventRecords);
const statementIds = /* @__PURE__ */ idsOf(statementRecords);
const candidacyIds = /* @__PURE__ */ idsOf(candidacyRecords);
const sourceIds = /* @__PURE__ */ idsOf(sourceRecords);
const erratumIds = /* @__PURE__ */ idsOf(erratumRecords);

/** A person's id, such as `diane-abbott`. */
export type PersonId = (typeof personIds)[number];
/** An organization's id, such as `scg-mps`. */
export type OrganizationId = (typeof organizationIds)[number];
/** One of NELL's six regions. */
export type RegionId = (typeof regionIds)[number];
/** A constituency's id: of 2010-2024 (`islington-north`) or of 2024 (`islington-north-2024`). */
export type ConstituencyId = (typeof constituencyIds)[number];
/** Any area's id: a NELL region or a constituency. */
export type AreaId = RegionId | ConstituencyId;
export type MembershipId = (typeof membershipIds)[number];
export type PostId = (typeof postIds)[number];
export type EventId = (typeof eventIds)[number];
export type StatementId = (typeof statementIds)[number];
export type CandidacyId = (typeof candidacyIds)[number];
export type SourceId = (typeof sourceIds)[number];
export type ErratumId = (typeof erratumIds)[number];
