export { editDistance } from "./_edit-distance";
export type { AreaWithOverlap } from "./_indexes";
export { areaInForce, areasIn } from "./areas-in";
export { candidaciesIn, candidaciesOf, partyStoodFor, type StoodFor } from "./candidacies";
export {
  type ContestResult,
  contestsIn,
  getContest,
  notionalResultFor,
  predecessorsOf,
  resultOf,
  successorsOf,
} from "./contests";
export { findByAnyIdentifier, findByIdentifier, type IdentifiedRecord } from "./find-by-identifier";
export { foldName } from "./fold-name";
export {
  getArea,
  getCandidacy,
  getEvent,
  getMembership,
  getOrganization,
  getPerson,
  getPost,
  getSource,
  getStatement,
} from "./get-by-id";
export { groupsOf } from "./groups-of";
export { membershipHoldsOn } from "./holds-on";
export {
  idsIn,
  isAreaId,
  isCandidacyId,
  isConstituencyId,
  isContestId,
  isErratumId,
  isEventId,
  isMembershipId,
  isNotionalResultId,
  isOrganizationId,
  isParliamentId,
  isPersonId,
  isPostId,
  isRegionId,
  isSourceId,
  isStatementId,
  regionIds,
} from "./is-id";
export { type Member, membersOf } from "./members-of";
export { membersSeatedIn, type Representative, representativesOf } from "./representatives";
export { type NameMatch, searchByName, searchStatements } from "./search";
export { type StatementFilter, statementsAbout, statementsOf } from "./statements-of";
