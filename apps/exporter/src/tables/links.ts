import type { Dataset, SourceRef } from "@labour-left/data";
import { COLLECTION_NAMES } from "@labour-left/data/schemas";
import { column, defineTable, itemsOf, referTo } from "./_table";

type RowOf<Rows> = Rows extends (dataset: Dataset) => readonly (infer Row)[] ? Row : never;

const positionColumn = column<{ position: number }>(
  "position",
  "1-based order within the record's list.",
  (row) => row.position,
  "integer",
);

const sourceNotesRows = (dataset: Dataset) => itemsOf(dataset.sources, (source) => source.notes);

export const sourceNotesTable = defineTable<RowOf<typeof sourceNotesRows>>({
  name: "source_notes",
  description: "Notes on each source (sources.notes).",
  primaryKey: ["sourceId", "position"],
  foreignKeys: [referTo("sourceId", "sources")],
  rows: sourceNotesRows,
  columns: [
    column("sourceId", "The source.", (row) => row.parent.id),
    positionColumn,
    column("note", "Note.", (row) => row.item),
  ],
});

const sourceOmissionsRows = (dataset: Dataset) => itemsOf(dataset.sources, (source) => source.omissions);

export const sourceOmissionsTable = defineTable<RowOf<typeof sourceOmissionsRows>>({
  name: "source_omissions",
  description: "What a source refers to but does not contain: known gaps, not filled in (sources.omissions).",
  primaryKey: ["sourceId", "position"],
  foreignKeys: [referTo("sourceId", "sources")],
  rows: sourceOmissionsRows,
  columns: [
    column("sourceId", "The source.", (row) => row.parent.id),
    positionColumn,
    column("section", "Locator: section.", (row) => row.item.locator.section),
    column("paragraph", "Locator: paragraph.", (row) => row.item.locator.paragraph, "integer"),
    column("bullet", "Locator: bullet.", (row) => row.item.locator.bullet, "integer"),
    column("description", "What is missing.", (row) => row.item.description),
  ],
});

const organizationRegionsRows = (dataset: Dataset) =>
  itemsOf(dataset.organizations, (organization) => organization.coverage?.regionIds);

export const organizationRegionsTable = defineTable<RowOf<typeof organizationRegionsRows>>({
  name: "organization_regions",
  description: "The regions a group covers (organizations.coverage.regionIds).",
  primaryKey: ["organizationId", "position"],
  foreignKeys: [referTo("organizationId", "organizations"), referTo("areaId", "areas")],
  rows: organizationRegionsRows,
  columns: [
    column("organizationId", "The group.", (row) => row.parent.id),
    positionColumn,
    column("areaId", "The region.", (row) => row.item),
  ],
});

/** The collections whose records carry identifiers and other names. */
const named = (dataset: Dataset) =>
  [
    ...dataset.people.map((record) => ({ collection: "people", record })),
    ...dataset.organizations.map((record) => ({ collection: "organizations", record })),
    ...dataset.areas.map((record) => ({ collection: "areas", record })),
  ] as const;

const identifiersRows = (dataset: Dataset) => itemsOf(named(dataset), (entry) => entry.record.identifiers);

export const identifiersTable = defineTable<RowOf<typeof identifiersRows>>({
  name: "identifiers",
  description: "Ids of records in other datasets: uk-parliament, theyworkforyou, wikidata, gss.",
  primaryKey: ["collection", "recordId", "position"],
  foreignKeys: [],
  rows: identifiersRows,
  columns: [
    column("collection", "people, organizations or areas.", (row) => row.parent.collection),
    column("recordId", "The record's id in that collection.", (row) => row.parent.record.id),
    positionColumn,
    column("scheme", "The identifier scheme.", (row) => row.item.scheme),
    column("identifier", "The identifier.", (row) => row.item.identifier),
  ],
});

const otherNamesRows = (dataset: Dataset) => itemsOf(named(dataset), (entry) => entry.record.otherNames);

export const otherNamesTable = defineTable<RowOf<typeof otherNamesRows>>({
  name: "other_names",
  description: "Other spellings of names found in the sources.",
  primaryKey: ["collection", "recordId", "position"],
  foreignKeys: [],
  rows: otherNamesRows,
  columns: [
    column("collection", "people, organizations or areas.", (row) => row.parent.collection),
    column("recordId", "The record's id in that collection.", (row) => row.parent.record.id),
    positionColumn,
    column("name", "The other name.", (row) => row.item.name),
    column("note", "Where it is used.", (row) => row.item.note),
  ],
});

const areaLocalAuthoritiesRows = (dataset: Dataset) => itemsOf(dataset.areas, (area) => area.localAuthorities);

export const areaLocalAuthoritiesTable = defineTable<RowOf<typeof areaLocalAuthoritiesRows>>({
  name: "area_local_authorities",
  description: "The 2023 local authorities each constituency overlaps, with population shares.",
  primaryKey: ["areaId", "position"],
  foreignKeys: [referTo("areaId", "areas")],
  rows: areaLocalAuthoritiesRows,
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

const eventParticipantsRows = (dataset: Dataset) => itemsOf(dataset.events, (event) => event.participants);

export const eventParticipantsTable = defineTable<RowOf<typeof eventParticipantsRows>>({
  name: "event_participants",
  description: "Who took part in each event, introduced as the source introduces them.",
  primaryKey: ["eventId", "position"],
  foreignKeys: [referTo("eventId", "events"), referTo("personId", "people")],
  rows: eventParticipantsRows,
  columns: [
    column("eventId", "The event.", (row) => row.parent.id),
    positionColumn,
    column("personId", "The participant.", (row) => row.item.personId),
    column("role", "Their part in the event.", (row) => row.item.role),
    column("introducedAs", "The role the article introduces them by, in its words.", (row) => row.item.introducedAs),
  ],
});

const statementTopicsRows = (dataset: Dataset) => itemsOf(dataset.statements, (statement) => statement.topics);

export const statementTopicsTable = defineTable<RowOf<typeof statementTopicsRows>>({
  name: "statement_topics",
  description: "Topics of each statement: Labour Left Data's own classification, not the source's.",
  primaryKey: ["statementId", "position"],
  foreignKeys: [referTo("statementId", "statements")],
  rows: statementTopicsRows,
  columns: [
    column("statementId", "The statement.", (row) => row.parent.id),
    positionColumn,
    column("topic", "Topic.", (row) => row.item),
  ],
});

interface Citation {
  readonly collection: string;
  readonly recordId: string;
  readonly part: string;
  readonly position: number;
  readonly ref: SourceRef;
}

/** Every citation in the dataset: of whole records ("record") and of their parts ("identifiers/1", "evidence"). */
function citations(dataset: Dataset): Citation[] {
  const found: Citation[] = [];
  const add = (collection: string, recordId: string, part: string, refs: readonly SourceRef[]): void =>
    refs.forEach((ref, index) => found.push({ collection, recordId, part, position: index + 1, ref }));
  for (const collection of COLLECTION_NAMES) {
    for (const record of dataset[collection] as readonly Record<string, unknown>[]) {
      const id = String(record.id);
      if (Array.isArray(record.sources)) add(collection, id, "record", record.sources);
      if (Array.isArray(record.evidence)) add(collection, id, "evidence", record.evidence);
      for (const listName of ["identifiers", "otherNames", "participants"]) {
        const list = record[listName];
        if (Array.isArray(list))
          list.forEach((item: { sources: SourceRef[] }, index) =>
            add(collection, id, `${listName}/${index + 1}`, item.sources),
          );
      }
    }
  }
  return found;
}

export const provenanceTable = defineTable<Citation>({
  name: "provenance",
  description:
    "Every citation: which source supports which record (or part of it), where, and whether stated or inferred.",
  primaryKey: ["collection", "recordId", "part", "position"],
  foreignKeys: [referTo("sourceId", "sources")],
  rows: citations,
  columns: [
    column("collection", "The record's collection.", (row) => row.collection),
    column("recordId", "The record's id.", (row) => row.recordId),
    column("part", "'record', 'evidence', or a list item such as 'identifiers/1'.", (row) => row.part),
    column("position", "1-based order of the citation.", (row) => row.position, "integer"),
    column("sourceId", "The source.", (row) => row.ref.sourceId),
    column("section", "Locator: section of the article.", (row) => row.ref.locator?.section),
    column("paragraph", "Locator: paragraph.", (row) => row.ref.locator?.paragraph, "integer"),
    column("bullet", "Locator: bullet.", (row) => row.ref.locator?.bullet, "integer"),
    column("note", "Row and column of a dataset, or how the source came by the fact.", (row) => row.ref.note),
    column("fields", "The fields supported, joined by '; ' (empty: the whole record).", (row) =>
      row.ref.fields?.join("; "),
    ),
    column("basis", "stated or inferred.", (row) => row.ref.basis),
    column("reason", "Why an inference holds.", (row) => row.ref.reason),
  ],
});
