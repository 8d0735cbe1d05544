import type {
  Area,
  Candidacy,
  Contest,
  Erratum,
  Event,
  Identifier,
  MaidenSpeech,
  Membership,
  NotionalResult,
  NotionalVotes,
  Organization,
  OtherName,
  Participant,
  Person,
  Post,
  Source,
  SourceRef,
  Statement,
} from "../types/records";

// Record files are `as const` literals; these types check them while letting their ids narrow to literal unions.
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

type With<T, Narrowed> = DeepReadonly<Omit<T, keyof Narrowed>> & Narrowed;

export type SourceRefInput<SourceId extends string> = With<SourceRef, { sourceId: SourceId }>;
type Cited<SourceId extends string> = { sources: readonly SourceRefInput<SourceId>[] };
type Named<SourceId extends string> = {
  otherNames: readonly With<OtherName, Cited<SourceId>>[];
  identifiers: readonly With<Identifier, Cited<SourceId>>[];
};

export type SourceInput = DeepReadonly<Source>;
export type OrganizationInput<SourceId extends string, AreaId extends string> = With<
  Organization,
  Cited<SourceId> & Named<SourceId> & { coverage?: { constituencyCount: number; regionIds: readonly AreaId[] } }
>;
export type AreaInput<SourceId extends string, ParentId extends string, OlderAreaId extends string = never> = With<
  Area,
  Cited<SourceId> &
    Named<SourceId> & {
      parentId?: ParentId;
      overlaps?: readonly (DeepReadonly<Omit<NonNullable<Area["overlaps"]>[number], "fromAreaId">> & {
        fromAreaId: OlderAreaId;
      })[];
    }
>;
export type PersonInput<SourceId extends string> = With<Person, Cited<SourceId> & Named<SourceId>>;
export type PostInput<SourceId extends string, OrganizationId extends string, AreaId extends string> = With<
  Post,
  Cited<SourceId> & { organizationId: OrganizationId; areaId?: AreaId }
>;
export type MembershipInput<
  SourceId extends string,
  PersonId extends string,
  OrganizationId extends string,
  PostId extends string,
  LegislativePeriodId extends string = never,
> = With<
  Membership,
  Cited<SourceId> & {
    personId: PersonId;
    organizationId: OrganizationId;
    postId?: PostId;
    legislativePeriodId?: LegislativePeriodId;
  }
>;
export type EventInput<SourceId extends string, PersonId extends string, OrganizationId extends string> = With<
  Event,
  Cited<SourceId> & {
    organizationId: OrganizationId;
    participants: readonly With<Participant, Cited<SourceId> & { personId: PersonId }>[];
    identifiers?: readonly With<Identifier, Cited<SourceId>>[];
  }
>;
export type MaidenSpeechInput<SourceId extends string, PersonId extends string> = DeepReadonly<
  Omit<MaidenSpeech, "sources">
> &
  Cited<SourceId> & { personId: PersonId };
export type ContestInput<SourceId extends string, AreaId extends string, LegislativePeriodId extends string> = With<
  Contest,
  Cited<SourceId> & { organizationId: "house-of-commons"; areaId: AreaId; legislativePeriodId: LegislativePeriodId }
>;
export type NotionalResultInput<SourceId extends string, AreaId extends string, PartyId extends string> = With<
  NotionalResult,
  Cited<SourceId> & {
    areaId: AreaId;
    results: readonly With<NotionalVotes, { partyId?: PartyId }>[];
  }
>;
export type StatementInput<SourceId extends string, PersonId extends string, OrganizationId extends string> = With<
  Statement,
  Cited<SourceId> & { authorOrganizationId?: OrganizationId; authorPersonId?: PersonId }
>;
export type ErratumInput<SourceId extends string> = With<
  Erratum,
  { sourceId: SourceId; evidence: readonly SourceRefInput<SourceId>[] }
>;
export type CandidacyInput<
  SourceId extends string,
  PersonId extends string,
  OrganizationId extends string,
  AreaId extends string,
  ContestId extends string,
> = With<
  Candidacy,
  Cited<SourceId> & {
    contestId: ContestId;
    personId?: PersonId;
    otherNames?: readonly With<OtherName, Cited<SourceId>>[];
    organizationId: OrganizationId;
    areaId: AreaId;
    partyId?: OrganizationId;
    adjunctPartyId?: OrganizationId;
  }
>;
