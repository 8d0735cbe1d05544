// The records' types, written out with no zod, so that a consumer of the records compiles without it. Every field
// is readonly: the records are frozen. `test/types.test-d.ts` checks that each equals what its zod schema infers.
import type { CollectionName, IdentifierScheme, StatementKind, Topic } from "../vocabulary";

/** A date known to the year, the month or the day: `2020`, `2020-09` or `2020-09-21`. */
export type PartialDate = string;
/** When something began: a partial date, or `unknown` when no source says. */
export type StartDate = "unknown" | PartialDate;
/** When something ended: a partial date, `ongoing` when a source says it continues, or `unknown`. */
export type EndDate = "ongoing" | "unknown" | PartialDate;

/** Where in the article a fact is stated. */
export interface Locator {
  readonly section: string;
  readonly paragraph: number;
  readonly bullet?: number | undefined;
}

/** One source behind a record, or behind some of its fields. */
export interface SourceRef {
  readonly sourceId: string;
  readonly locator?: Locator | undefined;
  readonly url?: string | undefined;
  readonly note?: string | undefined;
  readonly fields?: readonly string[] | undefined;
  readonly basis: "stated" | "inferred";
  readonly reason?: string | undefined;
}

/** An id of a record in another dataset, with where it was found. */
export interface Identifier {
  readonly scheme: IdentifierScheme;
  readonly identifier: string;
  readonly sources: readonly SourceRef[];
}

/** Another spelling of a name, with where it is used. */
export interface OtherName {
  readonly name: string;
  readonly note: string;
  readonly sources: readonly SourceRef[];
}

/** A passage the source refers to but does not contain. */
export interface Omission {
  readonly locator: Locator;
  readonly description: string;
}

/** A document or dataset that records cite. */
export interface Source {
  readonly id: string;
  readonly kind: "article" | "dataset";
  readonly title: string;
  readonly titleBasis: "stated" | "derived";
  readonly publisher: string;
  readonly url?: string | undefined;
  readonly published?: PartialDate | undefined;
  readonly language?: string | undefined;
  readonly license?: string | undefined;
  readonly copyUsed?: string | undefined;
  readonly notes: readonly string[];
  readonly omissions: readonly Omission[];
}

/** A party, a group within it, or a body such as a legislature (Popolo Organization). */
export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly abbreviation?: string | undefined;
  readonly classification: "political-party" | "political-group" | "legislature";
  readonly scope?: "national" | "local" | undefined;
  readonly partyId?: string | undefined;
  readonly membershipRule?: string | undefined;
  readonly coverage?: { readonly constituencyCount: number; readonly regionIds: readonly string[] } | undefined;
  readonly otherNames: readonly OtherName[];
  readonly identifiers: readonly Identifier[];
  readonly sources: readonly SourceRef[];
}

/** A member's first speech in the House of Commons. */
export interface MaidenSpeech {
  readonly date: PartialDate;
  readonly hansardReference: string;
  readonly url: string;
  readonly sources: readonly SourceRef[];
}

/** A person the article names (Popolo Person). No personal data beyond their public role. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly otherNames: readonly OtherName[];
  readonly identifiers: readonly Identifier[];
  readonly maidenSpeech?: MaidenSpeech | undefined;
  readonly sources: readonly SourceRef[];
}

/** A person's membership of an organization, dated as far as the sources allow (Popolo Membership). */
export interface Membership {
  readonly id: string;
  readonly personId: string;
  readonly organizationId: string;
  readonly postId?: string | undefined;
  readonly legislativePeriodId?: string | undefined;
  readonly role: string;
  readonly startDate: StartDate;
  readonly latestStartDate?: PartialDate | undefined;
  readonly endDate: EndDate;
  readonly asOf?: PartialDate | undefined;
  readonly startReason?: string | undefined;
  readonly endReason?: string | undefined;
  readonly sources: readonly SourceRef[];
}

/** A seat that one person holds at a time, such as MP for a constituency (Popolo Post). */
export interface Post {
  readonly id: string;
  readonly label: string;
  readonly organizationId: string;
  readonly areaId?: string | undefined;
  readonly sources: readonly SourceRef[];
}

/** A local authority that overlaps an area, with its population share. */
export interface LocalAuthorityShare {
  readonly code: string;
  readonly name: string;
  readonly populationShare: number;
}

/** How a constituency of 2024 overlaps one of NELL's constituencies of 2010-2024, as shares of each. */
export interface AreaOverlap {
  readonly fromAreaId: string;
  readonly fromPopulationShare: number;
  readonly toPopulationShare: number;
  readonly fromResidentialShare: number;
  readonly toResidentialShare: number;
  readonly fromGeographicShare: number;
  readonly toGeographicShare: number;
}

/** A region of NELL's, or a Westminster constituency (Popolo Area). */
export interface Area {
  readonly id: string;
  readonly name: string;
  readonly classification: "nell-region" | "constituency";
  readonly parentId?: string | undefined;
  readonly startDate?: PartialDate | undefined;
  readonly endDate?: EndDate | undefined;
  readonly localAuthorities?: readonly LocalAuthorityShare[] | undefined;
  readonly overlaps?: readonly AreaOverlap[] | undefined;
  readonly note?: string | undefined;
  readonly otherNames: readonly OtherName[];
  readonly identifiers: readonly Identifier[];
  readonly sources: readonly SourceRef[];
}

/** Someone who took part in an event. */
export interface Participant {
  readonly personId: string;
  readonly role: "speaker";
  readonly introducedAs: string;
  readonly sources: readonly SourceRef[];
}

/** A meeting or conference, or a Parliament as a legislative period (Popolo Event). */
export interface Event {
  readonly id: string;
  readonly name: string;
  readonly classification: "agm-and-conference" | "legislative-period";
  readonly organizationId: string;
  readonly startDate: PartialDate;
  readonly endDate?: PartialDate | undefined;
  readonly stateOpeningDate?: PartialDate | undefined;
  readonly participants: readonly Participant[];
  readonly participantsComplete: boolean;
  readonly identifiers?: readonly Identifier[] | undefined;
  readonly sources: readonly SourceRef[];
}

/** Text a group, a person or the article wrote or said, kept word for word (whitespace normalised). */
export interface Statement {
  readonly id: string;
  readonly kind: StatementKind;
  readonly text: string;
  readonly position: number;
  readonly authorOrganizationId?: string | undefined;
  readonly authorPersonId?: string | undefined;
  readonly authorSourceId?: string | undefined;
  readonly aboutOrganizationIds?: readonly string[] | undefined;
  readonly context?: string | undefined;
  readonly date?: PartialDate | undefined;
  readonly note?: string | undefined;
  readonly topics: readonly Topic[];
  readonly sources: readonly SourceRef[];
}

/** An election in one constituency on one polling day, general or by-election, with its totals. */
export interface Contest {
  readonly id: string;
  readonly electionKind: "general" | "by-election";
  readonly electionDate: PartialDate;
  readonly organizationId: string;
  readonly areaId: string;
  readonly legislativePeriodId: string;
  readonly electorate: number;
  readonly validVotes: number;
  readonly invalidVotes: number;
  readonly turnout: number;
  readonly majority: number;
  readonly resultSummary: string;
  readonly declarationTime?: string | undefined;
  readonly writDate?: PartialDate | undefined;
  readonly url?: string | undefined;
  readonly sources: readonly SourceRef[];
}

/** One candidate standing in one contest, with the source's result. */
export interface Candidacy {
  readonly id: string;
  readonly contestId: string;
  readonly personId?: string | undefined;
  readonly name: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly otherNames?: readonly OtherName[] | undefined;
  readonly electionKind: "general" | "by-election";
  readonly electionDate: PartialDate;
  readonly organizationId: string;
  readonly areaId: string;
  readonly partyId?: string | undefined;
  readonly adjunctPartyId?: string | undefined;
  readonly independent: boolean;
  readonly votes: number;
  readonly voteShare: number;
  readonly voteShareChange?: number | undefined;
  readonly majority?: number | undefined;
  readonly position: number;
  readonly elected: boolean;
  readonly resultSummary: string;
  readonly memberId?: string | undefined;
  readonly democracyClubId?: string | undefined;
  readonly sources: readonly SourceRef[];
}

/** One party's estimated votes in a notional result. */
export interface NotionalVotes {
  readonly label: string;
  readonly partyId?: string | undefined;
  readonly independent: boolean;
  readonly votes: number;
}

/** The 2019 general election's result estimated on a constituency of 2024, by party. */
export interface NotionalResult {
  readonly id: string;
  readonly areaId: string;
  readonly electionDate: PartialDate;
  readonly estimate: true;
  readonly electorate: number;
  readonly validVotes: number;
  readonly turnout: number;
  readonly majority: number;
  readonly results: readonly NotionalVotes[];
  readonly sources: readonly SourceRef[];
}

/** Where a source is wrong: what it says, what is right, and the evidence. */
export interface Erratum {
  readonly id: string;
  readonly sourceId: string;
  readonly locator: Locator;
  readonly sourceSays: string;
  readonly correction: string;
  readonly subject: { readonly collection: CollectionName; readonly id: string; readonly field: string };
  readonly evidence: readonly SourceRef[];
}

/** The whole Labour Left Data dataset. */
export interface Dataset {
  readonly version: string;
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

export type { CollectionName, IdentifierScheme, StatementKind, Topic };
