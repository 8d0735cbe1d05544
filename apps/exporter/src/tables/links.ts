import { COLLECTION_NAMES } from "@labour-left/data";
import type {
  Area,
  Candidacy,
  Event,
  NotionalResult,
  Organization,
  Person,
  Source,
  SourceRef,
  Statement,
} from "@labour-left/data/schemas";
import { column, defineTable, itemsOf, referTo } from "./_table";

type RowOf<Rows> = Rows extends (...args: never[]) => readonly (infer Row)[] ? Row : never;
type RecordOf<Rows> = Rows extends (record: infer Item, ...rest: never[]) => unknown ? Item : never;

const positionColumn = column<{ position: number }>(
  "position",
  "1-based order within the record's list.",
  (row) => row.position,
  "integer",
);

const sourceNotesRows = (source: Source) => itemsOf(source, source.notes);

export const sourceNotesTable = defineTable<RowOf<typeof sourceNotesRows>, RecordOf<typeof sourceNotesRows>>({
  name: "source_notes",
  description: "Notes on each source (sources.notes).",
  primaryKey: ["sourceId", "position"],
  foreignKeys: [referTo("sourceId", "sources")],
  collections: ["sources"],
  rowsOf: sourceNotesRows,
  columns: [
    column("sourceId", "The source.", (row) => row.parent.id),
    positionColumn,
    column("note", "Note.", (row) => row.item),
  ],
});

const sourceOmissionsRows = (source: Source) => itemsOf(source, source.omissions);

export const sourceOmissionsTable = defineTable<
  RowOf<typeof sourceOmissionsRows>,
  RecordOf<typeof sourceOmissionsRows>
>({
  name: "source_omissions",
  description: "What a source refers to but does not contain: known gaps, not filled in (sources.omissions).",
  primaryKey: ["sourceId", "position"],
  foreignKeys: [referTo("sourceId", "sources")],
  collections: ["sources"],
  rowsOf: sourceOmissionsRows,
  columns: [
    column("sourceId", "The source.", (row) => row.parent.id),
    positionColumn,
    column("section", "Locator: section.", (row) => row.item.locator.section),
    column("paragraph", "Locator: paragraph.", (row) => row.item.locator.paragraph, "integer"),
    column("bullet", "Locator: bullet.", (row) => row.item.locator.bullet, "integer"),
    column("description", "What is missing.", (row) => row.item.description),
  ],
});

const organizationRegionsRows = (organization: Organization) => itemsOf(organization, organization.coverage?.regionIds);

export const organizationRegionsTable = defineTable<
  RowOf<typeof organizationRegionsRows>,
  RecordOf<typeof organizationRegionsRows>
>({
  name: "organization_regions",
  description: "The regions a group covers (organizations.coverage.regionIds).",
  primaryKey: ["organizationId", "position"],
  foreignKeys: [referTo("organizationId", "organizations"), referTo("areaId", "areas")],
  collections: ["organizations"],
  rowsOf: organizationRegionsRows,
  columns: [
    column("organizationId", "The group.", (row) => row.parent.id),
    positionColumn,
    column("areaId", "The region.", (row) => row.item),
  ],
});

/** The collections whose records carry identifiers, and other names, in the order their rows sort. */
const IDENTIFIED = ["areas", "events", "organizations", "people"] as const;
const NAMED = ["areas", "candidacies", "organizations", "people"] as const;
type Identified = Area | Event | Organization | Person;
type Named = Area | Candidacy | Organization | Person;

const identifiersRows = (record: Identified, collection: string) => itemsOf({ collection, record }, record.identifiers);

export const identifiersTable = defineTable<RowOf<typeof identifiersRows>, RecordOf<typeof identifiersRows>>({
  name: "identifiers",
  description:
    "Ids of records in other datasets: uk-parliament, theyworkforyou, wikidata, gss, uk-parliament-party, electoral-commission.",
  primaryKey: ["collection", "recordId", "position"],
  foreignKeys: [],
  collections: IDENTIFIED,
  rowsOf: identifiersRows,
  columns: [
    column("collection", "people, organizations, areas or events.", (row) => row.parent.collection),
    column(
      "recordId",
      "The record's id in that collection. It points into the table that `collection` names; a Table Schema foreign key cannot point into several tables, so none is declared.",
      (row) => row.parent.record.id,
    ),
    positionColumn,
    column("scheme", "The identifier scheme.", (row) => row.item.scheme),
    column("identifier", "The identifier.", (row) => row.item.identifier),
  ],
});

const otherNamesRows = (record: Named, collection: string) => itemsOf({ collection, record }, record.otherNames);

export const otherNamesTable = defineTable<RowOf<typeof otherNamesRows>, RecordOf<typeof otherNamesRows>>({
  name: "other_names",
  description: "Other spellings of names found in the sources.",
  primaryKey: ["collection", "recordId", "position"],
  foreignKeys: [],
  collections: NAMED,
  rowsOf: otherNamesRows,
  columns: [
    column("collection", "people, organizations, areas or candidacies.", (row) => row.parent.collection),
    column(
      "recordId",
      "The record's id in that collection. It points into the table that `collection` names; a Table Schema foreign key cannot point into several tables, so none is declared.",
      (row) => row.parent.record.id,
    ),
    positionColumn,
    column("name", "The other name.", (row) => row.item.name),
    column("note", "Where it is used.", (row) => row.item.note),
  ],
});

const areaLocalAuthoritiesRows = (area: Area) => itemsOf(area, area.localAuthorities);

export const areaLocalAuthoritiesTable = defineTable<
  RowOf<typeof areaLocalAuthoritiesRows>,
  RecordOf<typeof areaLocalAuthoritiesRows>
>({
  name: "area_local_authorities",
  description: "The 2023 local authorities each constituency overlaps, with population shares.",
  primaryKey: ["areaId", "position"],
  foreignKeys: [referTo("areaId", "areas")],
  collections: ["areas"],
  rowsOf: areaLocalAuthoritiesRows,
  columns: [
    column("areaId", "The constituency.", (row) => row.parent.id),
    positionColumn,
    column("code", "Local authority GSS code.", (row) => row.item.code),
    column("name", "Local authority name.", (row) => row.item.name),
    column(
      "populationShare",
      "Share of the constituency's population, 0 to 1.",
      (row) => row.item.populationShare,
      "number",
    ),
  ],
});

const areaOverlapsRows = (area: Area) => itemsOf(area, area.overlaps);

export const areaOverlapsTable = defineTable<RowOf<typeof areaOverlapsRows>, RecordOf<typeof areaOverlapsRows>>({
  name: "area_overlaps",
  description:
    "How each constituency of 2024 in scope overlaps NELL's constituencies of 2010-2024: population, residential and land shares of each (areas.overlaps).",
  primaryKey: ["areaId", "position"],
  foreignKeys: [referTo("areaId", "areas"), referTo("fromAreaId", "areas")],
  collections: ["areas"],
  rowsOf: areaOverlapsRows,
  columns: [
    column("areaId", "The constituency of 2024.", (row) => row.parent.id),
    positionColumn,
    column("fromAreaId", "The constituency of 2010-2024 it overlaps.", (row) => row.item.fromAreaId),
    ...(
      [
        ["fromPopulationShare", "Share of the 2010 constituency's population in the overlap."],
        ["toPopulationShare", "Share of the 2024 constituency's population in the overlap."],
        ["fromResidentialShare", "Share of the 2010 constituency's residential area in the overlap."],
        ["toResidentialShare", "Share of the 2024 constituency's residential area in the overlap."],
        ["fromGeographicShare", "Share of the 2010 constituency's land area in the overlap."],
        ["toGeographicShare", "Share of the 2024 constituency's land area in the overlap."],
      ] as const
    ).map(([name, description]) =>
      column<RowOf<typeof areaOverlapsRows>>(name, description, (row) => row.item[name], "number"),
    ),
  ],
});

const notionalVotesRows = (result: NotionalResult) => itemsOf(result, result.results);

export const notionalVotesTable = defineTable<RowOf<typeof notionalVotesRows>, RecordOf<typeof notionalVotesRows>>({
  name: "notional_result_votes",
  description: "Each party's estimated votes in a notional result (notional_results.results), most first.",
  primaryKey: ["notionalResultId", "position"],
  foreignKeys: [referTo("notionalResultId", "notional_results"), referTo("partyId", "organizations")],
  collections: ["notionalResults"],
  rowsOf: notionalVotesRows,
  columns: [
    column("notionalResultId", "The notional result.", (row) => row.parent.id),
    positionColumn,
    column("label", "The party as the estimate names it.", (row) => row.item.label),
    column("partyId", "The party's record, where the estimate gives a party id.", (row) => row.item.partyId),
    column("independent", "true for an independent.", (row) => row.item.independent, "boolean"),
    column("votes", "Estimated votes.", (row) => row.item.votes, "integer"),
  ],
});

const eventParticipantsRows = (event: Event) => itemsOf(event, event.participants);

export const eventParticipantsTable = defineTable<
  RowOf<typeof eventParticipantsRows>,
  RecordOf<typeof eventParticipantsRows>
>({
  name: "event_participants",
  description: "Who took part in each event, introduced as the source introduces them.",
  primaryKey: ["eventId", "position"],
  foreignKeys: [referTo("eventId", "events"), referTo("personId", "people")],
  collections: ["events"],
  rowsOf: eventParticipantsRows,
  columns: [
    column("eventId", "The event.", (row) => row.parent.id),
    positionColumn,
    column("personId", "The participant.", (row) => row.item.personId),
    column("role", "Their part in the event.", (row) => row.item.role),
    column("introducedAs", "The role the article introduces them by, in its words.", (row) => row.item.introducedAs),
  ],
});

const statementTopicsRows = (statement: Statement) => itemsOf(statement, statement.topics);

export const statementTopicsTable = defineTable<
  RowOf<typeof statementTopicsRows>,
  RecordOf<typeof statementTopicsRows>
>({
  name: "statement_topics",
  description: "Topics of each statement: Labour Left Data's own classification, not the source's.",
  primaryKey: ["statementId", "position"],
  foreignKeys: [referTo("statementId", "statements")],
  collections: ["statements"],
  rowsOf: statementTopicsRows,
  columns: [
    column("statementId", "The statement.", (row) => row.parent.id),
    positionColumn,
    column("topic", "Topic.", (row) => row.item),
  ],
});

const statementSubjectsRows = (statement: Statement) => itemsOf(statement, statement.aboutOrganizationIds);

export const statementSubjectsTable = defineTable<
  RowOf<typeof statementSubjectsRows>,
  RecordOf<typeof statementSubjectsRows>
>({
  name: "statement_subjects",
  description: "The groups a statement describes, where its author is not the group (statements.aboutOrganizationIds).",
  primaryKey: ["statementId", "position"],
  foreignKeys: [referTo("statementId", "statements"), referTo("organizationId", "organizations")],
  collections: ["statements"],
  rowsOf: statementSubjectsRows,
  columns: [
    column("statementId", "The statement.", (row) => row.parent.id),
    positionColumn,
    column("organizationId", "The group described.", (row) => row.item),
  ],
});

interface Citation {
  readonly collection: string;
  readonly recordId: string;
  readonly part: string;
  readonly position: number;
  readonly ref: SourceRef;
}

/** Every citation in a record: of the whole record ("record") and of its parts ("identifiers/1", "evidence"). */
function citations(record: Record<string, unknown>, collection: string): Citation[] {
  const found: Citation[] = [];
  const recordId = String(record.id);
  const add = (part: string, refs: readonly SourceRef[]): void =>
    refs.forEach((ref, index) => found.push({ collection, recordId, part, position: index + 1, ref }));
  if (Array.isArray(record.sources)) add("record", record.sources);
  if (Array.isArray(record.evidence)) add("evidence", record.evidence);
  for (const listName of ["identifiers", "otherNames", "participants"]) {
    const list = record[listName];
    if (Array.isArray(list))
      list.forEach((item: { sources: SourceRef[] }, index) => add(`${listName}/${index + 1}`, item.sources));
  }
  const speech = record.maidenSpeech as { sources?: readonly SourceRef[] } | undefined;
  if (Array.isArray(speech?.sources)) add("maidenSpeech", speech.sources);
  return found;
}

export const provenanceTable = defineTable<Citation, Record<string, unknown>>({
  name: "provenance",
  description:
    "Every citation: which source supports which record (or part of it), where, and whether stated or inferred.",
  primaryKey: ["collection", "recordId", "part", "position"],
  foreignKeys: [referTo("sourceId", "sources")],
  collections: [...COLLECTION_NAMES].sort(),
  rowsOf: citations,
  columns: [
    column("collection", "The record's collection.", (row) => row.collection),
    column(
      "recordId",
      "The record's id in that collection. It points into the table that `collection` names; a Table Schema foreign key cannot point into several tables, so none is declared.",
      (row) => row.recordId,
    ),
    column("part", "'record', 'evidence', 'maidenSpeech', or a list item such as 'identifiers/1'.", (row) => row.part),
    column("position", "1-based order of the citation.", (row) => row.position, "integer"),
    column("sourceId", "The source.", (row) => row.ref.sourceId),
    column("section", "Locator: section of the article.", (row) => row.ref.locator?.section),
    column("paragraph", "Locator: paragraph.", (row) => row.ref.locator?.paragraph, "integer"),
    column("bullet", "Locator: bullet.", (row) => row.ref.locator?.bullet, "integer"),
    column("url", "The address of the page the fact is on.", (row) => row.ref.url),
    column("note", "Row and column of a dataset, or how the source came by the fact.", (row) => row.ref.note),
    column("fields", "The fields supported, joined by '; ' (empty: the whole record).", (row) =>
      row.ref.fields?.join("; "),
    ),
    column("basis", "stated or inferred.", (row) => row.ref.basis),
    column("reason", "Why an inference holds.", (row) => row.ref.reason),
  ],
});
