import { collection } from "../collections";
import type {
  AreaId,
  CandidacyId,
  ConstituencyId,
  ContestId,
  ErratumId,
  EventId,
  MembershipId,
  NotionalResultId,
  OrganizationId,
  ParliamentId,
  PersonId,
  PostId,
  RegionId,
  SourceId,
  StatementId,
} from "../ids";
import type { RecordOf } from "../types/bundled";
import type { CollectionName } from "../vocabulary";
import { lazy } from "./_lazy";

const idSets = new Map<CollectionName, ReadonlySet<string>>();
const idSetOf = (name: CollectionName): ReadonlySet<string> => {
  let ids = idSets.get(name);
  if (ids === undefined) {
    ids = new Set(collection(name).map((record: { readonly id: string }) => record.id));
    idSets.set(name, ids);
  }
  return ids;
};

/**
 * Every id of one collection, in the collection's order: what its guard accepts and its queries take.
 * @example idsIn("people").length // 40
 */
export function idsIn<Name extends CollectionName>(name: Name): RecordOf<Name>["id"][] {
  return collection(name).map((record: { readonly id: string }) => record.id) as RecordOf<Name>["id"][];
}

/**
 * The ids of NELL's six regions, in the article's order.
 * @example regionIds()[0] // "north-cumbria"
 */
export function regionIds(): RegionId[] {
  return [...regionSet()] as RegionId[];
}

const regionSet = /* @__PURE__ */ lazy(
  () =>
    new Set<string>(
      collection("areas")
        .filter((area) => area.classification === "nell-region")
        .map((area) => area.id),
    ),
);
const parliamentSet = /* @__PURE__ */ lazy(
  () =>
    new Set<string>(
      collection("events")
        .filter((event) => event.classification === "legislative-period")
        .map((event) => event.id),
    ),
);

// Type guards, to turn a user's string into an id the queries accept.
const isIdIn =
  <Id extends string>(name: CollectionName) =>
  (value: unknown): value is Id =>
    typeof value === "string" && idSetOf(name).has(value);

/**
 * Whether `value` is the id of a person in the records.
 * @example const id = process.argv[2]; if (isPersonId(id)) console.log(getPerson(id)?.name)
 */
export const isPersonId = /* @__PURE__ */ isIdIn<PersonId>("people");
/** Whether `value` is the id of an organization (a group, a party, the House of Commons) in the records. */
export const isOrganizationId = /* @__PURE__ */ isIdIn<OrganizationId>("organizations");
/** Whether `value` is the id of an area (region or constituency) in the records. */
export const isAreaId = /* @__PURE__ */ isIdIn<AreaId>("areas");
/** Whether `value` is the id of a membership in the records. */
export const isMembershipId = /* @__PURE__ */ isIdIn<MembershipId>("memberships");
/** Whether `value` is the id of a post in the records. */
export const isPostId = /* @__PURE__ */ isIdIn<PostId>("posts");
/** Whether `value` is the id of an event (a meeting or a Parliament) in the records. */
export const isEventId = /* @__PURE__ */ isIdIn<EventId>("events");
/** Whether `value` is the id of a statement in the records. */
export const isStatementId = /* @__PURE__ */ isIdIn<StatementId>("statements");
/** Whether `value` is the id of a source in the records. */
export const isSourceId = /* @__PURE__ */ isIdIn<SourceId>("sources");
/** Whether `value` is the id of a contest in the records. */
export const isContestId = /* @__PURE__ */ isIdIn<ContestId>("contests");
/** Whether `value` is the id of a candidacy in the records. */
export const isCandidacyId = /* @__PURE__ */ isIdIn<CandidacyId>("candidacies");
/** Whether `value` is the id of a notional result in the records. */
export const isNotionalResultId = /* @__PURE__ */ isIdIn<NotionalResultId>("notionalResults");
/** Whether `value` is the id of an erratum in the records. */
export const isErratumId = /* @__PURE__ */ isIdIn<ErratumId>("errata");
/** Whether `value` is the id of one of NELL's six regions. */
export const isRegionId = (value: unknown): value is RegionId => typeof value === "string" && regionSet().has(value);
/** Whether `value` is the id of a constituency (of 2010-2024 or of 2024) in the records. */
export const isConstituencyId = (value: unknown): value is ConstituencyId => isAreaId(value) && !isRegionId(value);
/** Whether `value` is the id of a Parliament (an event of classification `legislative-period`). */
export const isParliamentId = (value: unknown): value is ParliamentId =>
  typeof value === "string" && parliamentSet().has(value);
