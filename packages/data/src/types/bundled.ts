// The bundled records' types: the shapes of ./records.ts, with every id field typed by the ids that exist, so that
// what one query returns is what another accepts (`candidaciesOf(getPerson(id).id)`) under strict TypeScript. The
// shapes of any dataset, whatever its ids, are ./records.ts's, exported by `@labour-left/data/schemas`.
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
import type * as Any from "./records";

export type {
  CollectionName,
  EndDate,
  IdentifierScheme,
  LocalAuthorityShare,
  Locator,
  Omission,
  PartialDate,
  StartDate,
  StatementKind,
  Topic,
} from "./records";

/** One source behind a record, or behind some of its fields. */
export interface SourceRef extends Any.SourceRef {
  readonly sourceId: SourceId;
}

/** An id of a record in another dataset, with where it was found. */
export interface Identifier extends Any.Identifier {
  readonly sources: readonly SourceRef[];
}

/** Another spelling of a name, with where it is used. */
export interface OtherName extends Any.OtherName {
  readonly sources: readonly SourceRef[];
}

/** A document or dataset that records cite. */
export interface Source extends Any.Source {
  readonly id: SourceId;
}

/** A party, a group within it, or a body such as a legislature (Popolo Organization). */
export interface Organization extends Any.Organization {
  readonly id: OrganizationId;
  readonly partyId?: OrganizationId | undefined;
  readonly coverage?: { readonly constituencyCount: number; readonly regionIds: readonly RegionId[] } | undefined;
  readonly otherNames: readonly OtherName[];
  readonly identifiers: readonly Identifier[];
  readonly sources: readonly SourceRef[];
}

/** A member's first speech in the House of Commons. */
export interface MaidenSpeech extends Any.MaidenSpeech {
  readonly sources: readonly SourceRef[];
}

/** A person the article names (Popolo Person). No personal data beyond their public role. */
export interface Person extends Any.Person {
  readonly id: PersonId;
  readonly otherNames: readonly OtherName[];
  readonly identifiers: readonly Identifier[];
  readonly maidenSpeech?: MaidenSpeech | undefined;
  readonly sources: readonly SourceRef[];
}

/** A person's membership of an organization, dated as far as the sources allow (Popolo Membership). */
export interface Membership extends Any.Membership {
  readonly id: MembershipId;
  readonly personId: PersonId;
  readonly organizationId: OrganizationId;
  readonly postId?: PostId | undefined;
  readonly legislativePeriodId?: ParliamentId | undefined;
  readonly sources: readonly SourceRef[];
}

/** A seat that one person holds at a time, such as MP for a constituency (Popolo Post). */
export interface Post extends Any.Post {
  readonly id: PostId;
  readonly organizationId: OrganizationId;
  readonly areaId?: AreaId | undefined;
  readonly sources: readonly SourceRef[];
}

/** How a constituency of 2024 overlaps one of NELL's constituencies of 2010-2024. */
export interface AreaOverlap extends Any.AreaOverlap {
  readonly fromAreaId: ConstituencyId;
}

/** A region of NELL's, or a Westminster constituency (Popolo Area). */
export interface Area extends Any.Area {
  readonly id: AreaId;
  readonly parentId?: RegionId | undefined;
  readonly overlaps?: readonly AreaOverlap[] | undefined;
  readonly otherNames: readonly OtherName[];
  readonly identifiers: readonly Identifier[];
  readonly sources: readonly SourceRef[];
}

/** Someone who took part in an event. */
export interface Participant extends Any.Participant {
  readonly personId: PersonId;
  readonly sources: readonly SourceRef[];
}

/** A meeting or conference, or a Parliament as a legislative period (Popolo Event). */
export interface Event extends Any.Event {
  readonly id: EventId;
  readonly organizationId: OrganizationId;
  readonly participants: readonly Participant[];
  readonly identifiers?: readonly Identifier[] | undefined;
  readonly sources: readonly SourceRef[];
}

/** Text a group, a person or the article wrote or said, kept word for word (whitespace normalised). */
export interface Statement extends Any.Statement {
  readonly id: StatementId;
  readonly authorOrganizationId?: OrganizationId | undefined;
  readonly authorPersonId?: PersonId | undefined;
  readonly authorSourceId?: SourceId | undefined;
  readonly aboutOrganizationIds?: readonly OrganizationId[] | undefined;
  readonly sources: readonly SourceRef[];
}

/** An election in one constituency on one polling day, general or by-election, with its totals. */
export interface Contest extends Any.Contest {
  readonly id: ContestId;
  readonly organizationId: OrganizationId;
  readonly areaId: ConstituencyId;
  readonly legislativePeriodId: ParliamentId;
  readonly sources: readonly SourceRef[];
}

/** One candidate standing in one contest, with the source's result. */
export interface Candidacy extends Any.Candidacy {
  readonly id: CandidacyId;
  readonly contestId: ContestId;
  readonly personId?: PersonId | undefined;
  readonly otherNames?: readonly OtherName[] | undefined;
  readonly organizationId: OrganizationId;
  readonly areaId: ConstituencyId;
  readonly partyId?: OrganizationId | undefined;
  readonly adjunctPartyId?: OrganizationId | undefined;
  readonly sources: readonly SourceRef[];
}

/** One party's estimated votes in a notional result. */
export interface NotionalVotes extends Any.NotionalVotes {
  readonly partyId?: OrganizationId | undefined;
}

/** The 2019 general election's result estimated on a constituency of 2024, by party. */
export interface NotionalResult extends Any.NotionalResult {
  readonly id: NotionalResultId;
  readonly areaId: ConstituencyId;
  readonly results: readonly NotionalVotes[];
  readonly sources: readonly SourceRef[];
}

/** Where a source is wrong: what it says, what is right, and the evidence. */
export interface Erratum extends Any.Erratum {
  readonly id: ErratumId;
  readonly sourceId: SourceId;
  readonly evidence: readonly SourceRef[];
}

/** The bundled dataset: every collection, with ids typed by the records that exist. */
export interface Dataset extends Any.Dataset {
  readonly sources: readonly Source[];
  readonly organizations: readonly Organization[];
  readonly people: readonly Person[];
  readonly memberships: readonly Membership[];
  readonly posts: readonly Post[];
  readonly areas: readonly Area[];
  readonly events: readonly Event[];
  readonly statements: readonly Statement[];
  readonly contests: readonly Contest[];
  readonly candidacies: readonly Candidacy[];
  readonly notionalResults: readonly NotionalResult[];
  readonly errata: readonly Erratum[];
}

/** Each collection's bundled record type, by collection name. */
export type RecordOf<Name extends Any.CollectionName> = Dataset[Name][number];
