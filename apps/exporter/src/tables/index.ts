import type { Table } from "./_table";
import {
  areaLocalAuthoritiesTable,
  areaOverlapsTable,
  eventParticipantsTable,
  identifiersTable,
  notionalVotesTable,
  organizationRegionsTable,
  otherNamesTable,
  provenanceTable,
  sourceNotesTable,
  sourceOmissionsTable,
  statementSubjectsTable,
  statementTopicsTable,
} from "./links";
import {
  areasTable,
  candidaciesTable,
  contestsTable,
  errataTable,
  eventsTable,
  membershipsTable,
  notionalResultsTable,
  organizationsTable,
  peopleTable,
  postsTable,
  sourcesTable,
  statementsTable,
} from "./records";

export { type Cell, type Column, type FieldType, type ForeignKey, type Table, tableRows } from "./_table";

/** Every CSV table, in the order the data package lists them. */
export const TABLES: readonly Table<unknown, unknown>[] = [
  sourcesTable,
  organizationsTable,
  peopleTable,
  membershipsTable,
  postsTable,
  areasTable,
  eventsTable,
  statementsTable,
  contestsTable,
  candidaciesTable,
  notionalResultsTable,
  errataTable,
  sourceNotesTable,
  sourceOmissionsTable,
  organizationRegionsTable,
  identifiersTable,
  otherNamesTable,
  areaLocalAuthoritiesTable,
  areaOverlapsTable,
  eventParticipantsTable,
  statementTopicsTable,
  statementSubjectsTable,
  notionalVotesTable,
  provenanceTable,
];
