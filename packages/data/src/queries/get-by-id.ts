import type {
  AreaId,
  CandidacyId,
  EventId,
  MembershipId,
  OrganizationId,
  PersonId,
  PostId,
  SourceId,
  StatementId,
} from "../ids";
import type {
  Area,
  Candidacy,
  Event,
  Membership,
  Organization,
  Person,
  Post,
  Source,
  Statement,
} from "../types/bundled";
import {
  areasById,
  candidaciesById,
  eventsById,
  membershipsById,
  organizationsById,
  peopleById,
  postsById,
  sourcesById,
  statementsById,
} from "./_indexes";

/**
 * The person with this id.
 * @example getPerson("diane-abbott")?.name // "Diane Abbott"
 */
export function getPerson(id: PersonId): Person | undefined {
  return peopleById().get(id);
}

/**
 * The organization with this id.
 * @example getOrganization("nell")?.abbreviation // "NELL"
 */
export function getOrganization(id: OrganizationId): Organization | undefined {
  return organizationsById().get(id);
}

/**
 * The area (NELL region or constituency) with this id.
 * @example getArea("north-cumbria")?.name // "North Cumbria"
 */
export function getArea(id: AreaId): Area | undefined {
  return areasById().get(id);
}

/**
 * The event with this id.
 * @example getEvent("nell-inaugural-agm-2020")?.startDate // "2020-09"
 */
export function getEvent(id: EventId): Event | undefined {
  return eventsById().get(id);
}

/**
 * The statement with this id.
 * @example getStatement("nell-priority-1")?.kind // "priority"
 */
export function getStatement(id: StatementId): Statement | undefined {
  return statementsById().get(id);
}

/**
 * The source with this id.
 * @example getSource("organising-around-socialist-policies")?.published // "2020-09-21"
 */
export function getSource(id: SourceId): Source | undefined {
  return sourcesById().get(id);
}

/**
 * The membership with this id.
 * @example getMembership("commons-2019-diane-abbott")?.legislativePeriodId // "parliament-58"
 */
export function getMembership(id: MembershipId): Membership | undefined {
  return membershipsById().get(id);
}

/**
 * The post with this id.
 * @example getPost("mp-for-easington")?.areaId // "easington"
 */
export function getPost(id: PostId): Post | undefined {
  return postsById().get(id);
}

/**
 * The candidacy with this id.
 * @example getCandidacy("ge2019-easington-2")?.name // "Clare Ambrosino"
 */
export function getCandidacy(id: CandidacyId): Candidacy | undefined {
  return candidaciesById().get(id);
}
