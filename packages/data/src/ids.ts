export type { CandidacyId } from "./records/candidacies";
export type { CommonsMembershipId } from "./records/commons-memberships";
export type { CommonsPostId } from "./records/commons-posts";
export type { ConstituencyId } from "./records/constituencies";
export type { ContestedConstituencyId } from "./records/contested-constituencies";
export type { ErratumId } from "./records/errata";
export type { EventId } from "./records/events";
export type { MembershipId } from "./records/memberships";
export type { OrganizationId } from "./records/organizations";
export type { PersonId } from "./records/people";
export type { PostId } from "./records/posts";
export type { RegionId } from "./records/regions";
export type { SourceId } from "./records/sources";
export type { StatementId } from "./records/statements";

import type { ConstituencyId } from "./records/constituencies";
import type { ContestedConstituencyId } from "./records/contested-constituencies";
import type { RegionId } from "./records/regions";

/** Any area's id: a NELL region or a constituency (of 2010-2024 or of 2024). */
export type AreaId = RegionId | ConstituencyId | ContestedConstituencyId;
