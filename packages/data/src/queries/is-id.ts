import type { AreaId, CandidacyId, ErratumId, EventId, OrganizationId, PersonId, SourceId, StatementId } from "../ids";
import {
  areasById,
  candidaciesById,
  errataById,
  eventsById,
  organizationsById,
  peopleById,
  sourcesById,
  statementsById,
} from "./_indexes";

// Type guards, to turn a user's string into an id the queries accept.
const isKeyOf =
  <Id extends string>(index: () => ReadonlyMap<string, unknown>) =>
  (value: unknown): value is Id =>
    typeof value === "string" && index().has(value);

/**
 * Whether `value` is the id of a person in the records.
 * @example const id = process.argv[2]; if (isPersonId(id)) console.log(getPerson(id)?.name)
 */
export const isPersonId = /* @__PURE__ */ isKeyOf<PersonId>(peopleById);
/** Whether `value` is the id of an organization in the records. */
export const isOrganizationId = /* @__PURE__ */ isKeyOf<OrganizationId>(organizationsById);
/** Whether `value` is the id of an area (region or constituency) in the records. */
export const isAreaId = /* @__PURE__ */ isKeyOf<AreaId>(areasById);
/** Whether `value` is the id of an event in the records. */
export const isEventId = /* @__PURE__ */ isKeyOf<EventId>(eventsById);
/** Whether `value` is the id of a statement in the records. */
export const isStatementId = /* @__PURE__ */ isKeyOf<StatementId>(statementsById);
/** Whether `value` is the id of a source in the records. */
export const isSourceId = /* @__PURE__ */ isKeyOf<SourceId>(sourcesById);
/** Whether `value` is the id of a candidacy in the records. */
export const isCandidacyId = /* @__PURE__ */ isKeyOf<CandidacyId>(candidaciesById);
/** Whether `value` is the id of an erratum in the records. */
export const isErratumId = /* @__PURE__ */ isKeyOf<ErratumId>(errataById);
