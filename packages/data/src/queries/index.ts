export { areasIn } from "./areas-in";
export { findByIdentifier, type IdentifiedRecord } from "./find-by-identifier";
export { getArea, getEvent, getOrganization, getPerson, getSource, getStatement } from "./get-by-id";
export { groupsOf } from "./groups-of";
export { membershipHoldsOn } from "./holds-on";
export { type Member, membersOf } from "./members-of";
export { membersSeatedIn, type Representative, representativesOf } from "./representatives";
export { foldName, type NameMatch, searchByName } from "./search";
export { type StatementFilter, statementsOf } from "./statements-of";
