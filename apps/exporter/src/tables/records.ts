import type {
  Area,
  Candidacy,
  Erratum,
  Event,
  Membership,
  Organization,
  Person,
  Post,
  Source,
  Statement,
} from "@labour-left/data";
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
  description: "The three groups, the Labour Party and the House of Commons.",
  primaryKey: ["id"],
  foreignKeys: [referTo("partyId", "organizations")],
  collections: ["organizations"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Organization id.", (organization) => organization.id),
    column("name", "Name as the article gives it.", (organization) => organization.name),
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
  ],
});

export const membershipsTable = defineTable<Membership>({
  name: "memberships",
  description: "Dated memberships of groups and of the House of Commons.",
  primaryKey: ["id"],
  foreignKeys: [referTo("personId", "people"), referTo("organizationId", "organizations"), referTo("postId", "posts")],
  collections: ["memberships"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Membership id.", (membership) => membership.id),
    column("personId", "The member.", (membership) => membership.personId),
    column("organizationId", "The organization.", (membership) => membership.organizationId),
    column("postId", "The post held, if any.", (membership) => membership.postId),
    column("role", "Role.", (membership) => membership.role),
    column("startDate", "Partial date, or 'unknown'.", (membership) => membership.startDate),
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
  description: "NELL's regions and the constituencies in the records.",
  primaryKey: ["id"],
  foreignKeys: [referTo("parentId", "areas")],
  collections: ["areas"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Area id.", (area) => area.id),
    column("name", "Name as the article gives it, or the official name.", (area) => area.name),
    column("classification", "nell-region or constituency.", (area) => area.classification),
    column("parentId", "The NELL region containing the constituency.", (area) => area.parentId),
    column("startDate", "When a constituency's boundaries came into force (partial date).", (area) => area.startDate),
    column("endDate", "When they ended: a partial date, or 'unknown'.", (area) => area.endDate),
    column("note", "How the region was chosen, or what sets the area apart.", (area) => area.note),
    identifier("gss", "ONS GSS code (copied from identifiers.csv)."),
    identifier("wikidata", "Wikidata QID (copied from identifiers.csv)."),
  ],
});

export const eventsTable = defineTable<Event>({
  name: "events",
  description: "Meetings and conferences.",
  primaryKey: ["id"],
  foreignKeys: [referTo("organizationId", "organizations")],
  collections: ["events"],
  rowsOf: (record) => [record],
  columns: [
    column("id", "Event id.", (event) => event.id),
    column("name", "Name.", (event) => event.name),
    column("classification", "Kind of event.", (event) => event.classification),
    column("organizationId", "The organization that held it.", (event) => event.organizationId),
    column("startDate", "Partial date.", (event) => event.startDate),
    column("endDate", "Partial date.", (event) => event.endDate),
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
      "priority, right, aim, campaign-description, group-description or quotation.",
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

export const candidaciesTable = defineTable<Candidacy>({
  name: "candidacies",
  description:
    "General-election candidacies: who stood where, for which party on that polling day (or as an independent), and the result.",
  primaryKey: ["id"],
  foreignKeys: [
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
    column("personId", "The candidate.", (candidacy) => candidacy.personId),
    column(
      "electionKind",
      "'general': a general election to the House of Commons.",
      (candidacy) => candidacy.electionKind,
    ),
    column("electionDate", "The polling day.", (candidacy) => candidacy.electionDate),
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
    column("elected", "Whether the person won the seat.", (candidacy) => candidacy.elected, "boolean"),
    column(
      "resultSummary",
      "The source's summary of the result, such as 'Lab hold'.",
      (candidacy) => candidacy.resultSummary,
    ),
  ],
});
