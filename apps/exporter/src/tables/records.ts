import type {
  Area,
  Candidacy,
  Contest,
  Erratum,
  Event,
  Membership,
  NotionalResult,
  Organization,
  Person,
  Post,
  Source,
  Statement,
} from "@labour-left/data/schemas";
import { column, defineTable, referTo } from "./_table";

type Identified = { readonly identifiers: readonly { scheme: string; identifier: string }[] };

/** Every identifier of one scheme, joined by "; " (there is at most one in the bundled data). */
const identifier = (scheme: string, description: string) =>
  column<Identified>(
    scheme.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
    description,
    (record) => {
      let joined: string | undefined;
      for (const entry of record.identifiers) {
        if (entry.scheme === scheme)
          joined = joined === undefined ? entry.identifier : `${joined}; ${entry.identifier}`;
      }
      return joined;
    },
  );

export const sourcesTable = defineTable<Source>({
  name: "sources",
  description: "The article and the reference datasets that records cite.",
  primaryKey: ["id"],
  foreignKeys: [],
  collections: ["sources"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Source id.", (source) => source.id),
    column("kind", "'article' (the primary source) or 'dataset'.", (source) => source.kind),
    column("title", "Title.", (source) => source.title),
    column("titleBasis", "'stated' or 'derived' (not printed in the source).", (source) => source.titleBasis),
    column("publisher", "Publisher.", (source) => source.publisher),
    column("url", "Address, where it has one.", (source) => source.url),
    column("published", "Publication date, or the date of the data (partial date).", (source) => source.published),
    column("language", "Language tag.", (source) => source.language),
    column("license", "The licence the source states.", (source) => source.license),
    column("copyUsed", "The copy that was read: repository, path and commit.", (source) => source.copyUsed),
  ],
});

export const organizationsTable = defineTable<Organization>({
  name: "organizations",
  description: "The three groups, the House of Commons, and every party a candidacy stood for.",
  primaryKey: ["id"],
  foreignKeys: [referTo("partyId", "organizations")],
  collections: ["organizations"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Organization id.", (organization) => organization.id),
    column(
      "name",
      "Name as the source that names it gives it: the article for the groups and the Labour Party, the UK Parliament's results for the other parties and the House of Commons.",
      (organization) => organization.name,
    ),
    column("abbreviation", "Abbreviation.", (organization) => organization.abbreviation),
    column(
      "classification",
      "political-party, political-group or legislature.",
      (organization) => organization.classification,
    ),
    column("scope", "national or local, as the article puts it.", (organization) => organization.scope),
    column("partyId", "The party the group works within.", (organization) => organization.partyId),
    column("membershipRule", "Who may join, in the source's words.", (organization) => organization.membershipRule),
    column(
      "constituencyCount",
      "Constituencies covered, as the source states.",
      (organization) => organization.coverage?.constituencyCount,
      "integer",
    ),
    identifier("wikidata", "Wikidata QID."),
    identifier("uk-parliament-party", "The UK Parliament's party id (copied from identifiers.csv)."),
    identifier("electoral-commission", "The Electoral Commission's registration number (copied from identifiers.csv)."),
  ],
});

export const peopleTable = defineTable<Person>({
  name: "people",
  description: "Everyone the article names, under the name it gives them.",
  primaryKey: ["id"],
  foreignKeys: [],
  collections: ["people"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Person id.", (person) => person.id),
    column("name", "Name as the article gives it.", (person) => person.name),
    identifier("uk-parliament", "UK Parliament member id (copied from identifiers.csv)."),
    identifier("theyworkforyou", "TheyWorkForYou person id (copied from identifiers.csv)."),
    identifier("wikidata", "Wikidata QID (copied from identifiers.csv)."),
    column(
      "maidenSpeechDate",
      "The day of the person's maiden speech in the Commons.",
      (person) => person.maidenSpeech?.date,
      "date",
    ),
    column(
      "maidenSpeechReference",
      "Its Hansard reference, such as 'vol 44 cc855-9'.",
      (person) => person.maidenSpeech?.hansardReference,
    ),
    column("maidenSpeechUrl", "The speech in Hansard.", (person) => person.maidenSpeech?.url),
  ],
});

export const membershipsTable = defineTable<Membership>({
  name: "memberships",
  description: "Dated memberships of groups and of the House of Commons.",
  primaryKey: ["id"],
  foreignKeys: [
    referTo("personId", "people"),
    referTo("organizationId", "organizations"),
    referTo("postId", "posts"),
    referTo("legislativePeriodId", "events"),
  ],
  collections: ["memberships"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Membership id.", (membership) => membership.id),
    column("personId", "The member.", (membership) => membership.personId),
    column("organizationId", "The organization.", (membership) => membership.organizationId),
    column("postId", "The post held, if any.", (membership) => membership.postId),
    column(
      "legislativePeriodId",
      "For a Commons seat, the Parliament it was held in (an event).",
      (membership) => membership.legislativePeriodId,
    ),
    column("role", "Role.", (membership) => membership.role),
    column("startDate", "Partial date, or 'unknown'.", (membership) => membership.startDate),
    column(
      "latestStartDate",
      "Where startDate is a month: the latest day it can have begun (an inferred bound; see provenance).",
      (membership) => membership.latestStartDate,
    ),
    column("endDate", "Partial date, 'unknown' or 'ongoing'.", (membership) => membership.endDate),
    column("asOf", "A date on which a source states the membership held.", (membership) => membership.asOf),
    column("startReason", "How it began.", (membership) => membership.startReason),
    column("endReason", "How it ended.", (membership) => membership.endReason),
  ],
});

export const postsTable = defineTable<Post>({
  name: "posts",
  description: "Seats, such as MP for a constituency.",
  primaryKey: ["id"],
  foreignKeys: [referTo("organizationId", "organizations"), referTo("areaId", "areas")],
  collections: ["posts"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Post id.", (post) => post.id),
    column("label", "Label.", (post) => post.label),
    column("organizationId", "The organization the post belongs to.", (post) => post.organizationId),
    column("areaId", "The area the post represents.", (post) => post.areaId),
  ],
});

export const areasTable = defineTable<Area>({
  name: "areas",
  description:
    "NELL's regions and the constituencies in the records: NELL's 33 of 2010-2024, every other seat contested, and the constituencies of 2024 in scope.",
  primaryKey: ["id"],
  foreignKeys: [referTo("parentId", "areas")],
  collections: ["areas"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Area id.", (area) => area.id),
    column("name", "Name as the article gives it, or the official name.", (area) => area.name),
    column("classification", "nell-region or constituency.", (area) => area.classification),
    column(
      "parentId",
      "The constituency's NELL region; for a constituency of 2024, the region that held more than half its population (inferred; see provenance).",
      (area) => area.parentId,
    ),
    column("startDate", "When a constituency's boundaries came into force (partial date).", (area) => area.startDate),
    column("endDate", "When they ended: a partial date, or 'unknown'.", (area) => area.endDate),
    column("note", "How the region was chosen, or what sets the area apart.", (area) => area.note),
    identifier("gss", "ONS GSS code (copied from identifiers.csv)."),
    identifier("wikidata", "Wikidata QID (copied from identifiers.csv)."),
  ],
});

export const eventsTable = defineTable<Event>({
  name: "events",
  description: "Meetings and conferences, and Parliaments (legislative periods).",
  primaryKey: ["id"],
  foreignKeys: [referTo("organizationId", "organizations")],
  collections: ["events"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Event id.", (event) => event.id),
    column("name", "Name.", (event) => event.name),
    column(
      "classification",
      "agm-and-conference or legislative-period (Labour Left Data's own labels).",
      (event) => event.classification,
    ),
    column("organizationId", "The organization that held it, or the legislature.", (event) => event.organizationId),
    column("startDate", "Partial date; for a Parliament, the day it was summoned.", (event) => event.startDate),
    column("endDate", "Partial date; for a Parliament, its dissolution.", (event) => event.endDate),
    column("stateOpeningDate", "For a Parliament, its state opening.", (event) => event.stateOpeningDate),
    column(
      "participantsComplete",
      "false when the source names only some participants.",
      (event) => event.participantsComplete,
      "boolean",
    ),
  ],
});

export const statementsTable = defineTable<Statement>({
  name: "statements",
  description: "Priorities, rights, aims, campaigns and quotations, in the source's words.",
  primaryKey: ["id"],
  foreignKeys: [
    referTo("authorOrganizationId", "organizations"),
    referTo("authorPersonId", "people"),
    referTo("authorSourceId", "sources"),
  ],
  collections: ["statements"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Statement id.", (statement) => statement.id),
    column(
      "kind",
      "priority, right, aim, campaign-description, group-description or quotation: Labour Left Data's own labels, not the source's.",
      (statement) => statement.kind,
    ),
    column("text", "The source's words, whitespace normalised.", (statement) => statement.text),
    column(
      "position",
      "Order among the author's statements of this kind.",
      (statement) => statement.position,
      "integer",
    ),
    column("authorOrganizationId", "The group that wrote it.", (statement) => statement.authorOrganizationId),
    column("authorPersonId", "The person who said it.", (statement) => statement.authorPersonId),
    column(
      "authorSourceId",
      "The source whose own words these are (the article describing a group).",
      (statement) => statement.authorSourceId,
    ),
    column("context", "The source's words introducing it.", (statement) => statement.context),
    column("date", "When it was said (partial date).", (statement) => statement.date),
    column("note", "Editorial note on how the text was taken.", (statement) => statement.note),
  ],
});

export const errataTable = defineTable<Erratum>({
  name: "errata",
  description: "Where a source is wrong: its words, the correction, and the record that keeps the words.",
  primaryKey: ["id"],
  foreignKeys: [referTo("sourceId", "sources")],
  collections: ["errata"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Erratum id.", (erratum) => erratum.id),
    column("sourceId", "The source that is wrong.", (erratum) => erratum.sourceId),
    column("section", "Locator: section.", (erratum) => erratum.locator.section),
    column("paragraph", "Locator: paragraph.", (erratum) => erratum.locator.paragraph, "integer"),
    column("bullet", "Locator: bullet.", (erratum) => erratum.locator.bullet, "integer"),
    column("sourceSays", "The source's words.", (erratum) => erratum.sourceSays),
    column("correction", "What is right.", (erratum) => erratum.correction),
    column(
      "subjectCollection",
      "Collection of the record that keeps the words.",
      (erratum) => erratum.subject.collection,
    ),
    column(
      "subjectId",
      "Id of that record. It points into the table that subjectCollection names; a Table Schema foreign key cannot point into several tables, so none is declared.",
      (erratum) => erratum.subject.id,
    ),
    column("subjectField", "Field of that record.", (erratum) => erratum.subject.field),
  ],
});

export const contestsTable = defineTable<Contest>({
  name: "contests",
  description:
    "Contests: one constituency, one polling day (general elections and by-elections), with electorate, votes, turnout and majority.",
  primaryKey: ["id"],
  foreignKeys: [
    referTo("organizationId", "organizations"),
    referTo("areaId", "areas"),
    referTo("legislativePeriodId", "events"),
  ],
  collections: ["contests"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Contest id: ge<year>-<areaId> or by<polling day>-<areaId>.", (contest) => contest.id),
    column("electionKind", "general or by-election.", (contest) => contest.electionKind),
    column("electionDate", "The polling day.", (contest) => contest.electionDate, "date"),
    column("organizationId", "The body the election filled a seat in.", (contest) => contest.organizationId),
    column("areaId", "The constituency.", (contest) => contest.areaId),
    column("legislativePeriodId", "The Parliament the seat was filled for.", (contest) => contest.legislativePeriodId),
    column("electorate", "Electors on the register.", (contest) => contest.electorate, "integer"),
    column("validVotes", "Valid votes: the sum of the candidates' votes.", (contest) => contest.validVotes, "integer"),
    column("invalidVotes", "Ballots rejected at the count.", (contest) => contest.invalidVotes, "integer"),
    column(
      "turnout",
      "Valid votes divided by the electorate, 0 to 1: computed by Labour Left Data, not copied.",
      (contest) => contest.turnout,
      "number",
    ),
    column("majority", "The winner's votes less the second's.", (contest) => contest.majority, "integer"),
    column("resultSummary", "The source's summary, such as 'Lab hold'.", (contest) => contest.resultSummary),
    column(
      "declarationTime",
      "When the result was declared (UTC), where the source gives it.",
      (contest) => contest.declarationTime,
      "datetime",
    ),
    column("writDate", "When a by-election's writ was issued.", (contest) => contest.writDate, "date"),
    column("url", "The contest's page on the UK Parliament's election results service.", (contest) => contest.url),
  ],
});

export const notionalResultsTable = defineTable<NotionalResult>({
  name: "notional_results",
  description:
    "The 2019 general election's result estimated on the 2024 constituencies in scope: estimates by party, not a count (votes in notional_result_votes).",
  primaryKey: ["id"],
  foreignKeys: [referTo("areaId", "areas")],
  collections: ["notionalResults"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Notional result id.", (result) => result.id),
    column("areaId", "The constituency of 2024.", (result) => result.areaId),
    column("electionDate", "The polling day of the election estimated.", (result) => result.electionDate, "date"),
    column("estimate", "Always true: these are estimates.", (result) => result.estimate, "boolean"),
    column("electorate", "Electorate (estimated).", (result) => result.electorate, "integer"),
    column("validVotes", "Valid votes (estimated).", (result) => result.validVotes, "integer"),
    column("turnout", "Turnout, 0 to 1, as the source gives it.", (result) => result.turnout, "number"),
    column("majority", "Majority (estimated).", (result) => result.majority, "integer"),
  ],
});

export const candidaciesTable = defineTable<Candidacy>({
  name: "candidacies",
  description:
    "Every candidacy in the contests: who stood, for which party on that polling day (or as an independent), and the result. A candidate the records do not otherwise cover is a name, a party and a result.",
  primaryKey: ["id"],
  foreignKeys: [
    referTo("contestId", "contests"),
    referTo("personId", "people"),
    referTo("organizationId", "organizations"),
    referTo("areaId", "areas"),
    referTo("partyId", "organizations"),
    referTo("adjunctPartyId", "organizations"),
  ],
  collections: ["candidacies"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Candidacy id.", (candidacy) => candidacy.id),
    column("contestId", "The contest.", (candidacy) => candidacy.contestId),
    column("personId", "The person's record, for the people the records cover.", (candidacy) => candidacy.personId),
    column("name", "The candidate's name as the source gives it.", (candidacy) => candidacy.name),
    column("givenName", "Given name, as the source gives it.", (candidacy) => candidacy.givenName),
    column("familyName", "Family name, as the source gives it.", (candidacy) => candidacy.familyName),
    column("electionKind", "general or by-election.", (candidacy) => candidacy.electionKind),
    column("electionDate", "The polling day.", (candidacy) => candidacy.electionDate, "date"),
    column("organizationId", "The body the election filled seats in.", (candidacy) => candidacy.organizationId),
    column("areaId", "The constituency.", (candidacy) => candidacy.areaId),
    column(
      "partyId",
      "The party stood for on the polling day; empty for an independent.",
      (candidacy) => candidacy.partyId,
    ),
    column("adjunctPartyId", "The second party of a joint candidacy.", (candidacy) => candidacy.adjunctPartyId),
    column(
      "independent",
      "true where the person stood without a party.",
      (candidacy) => candidacy.independent,
      "boolean",
    ),
    column("votes", "Votes received.", (candidacy) => candidacy.votes, "integer"),
    column("voteShare", "Share of the valid votes, 0 to 1.", (candidacy) => candidacy.voteShare, "number"),
    column(
      "voteShareChange",
      "Change in share against the previous election there (notional where boundaries changed).",
      (candidacy) => candidacy.voteShareChange,
      "number",
    ),
    column("majority", "The winner's majority.", (candidacy) => candidacy.majority, "integer"),
    column("position", "Place in the result; 1 is the winner.", (candidacy) => candidacy.position, "integer"),
    column("elected", "Whether the candidate won the seat.", (candidacy) => candidacy.elected, "boolean"),
    column(
      "resultSummary",
      "The source's summary of the result, such as 'Lab hold'.",
      (candidacy) => candidacy.resultSummary,
    ),
    column("memberId", "UK Parliament member id, where the source gives one.", (candidacy) => candidacy.memberId),
    column(
      "democracyClubId",
      "Democracy Club person id, where the source gives one.",
      (candidacy) => candidacy.democracyClubId,
    ),
  ],
});
