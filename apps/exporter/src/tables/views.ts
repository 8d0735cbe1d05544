import type { Cell, FieldType } from "./_table";
import { column, defineTable } from "./_table";

type ViewRow = Readonly<Record<string, Cell>>;

// A view's rows are made from the tables (formats/views.ts), not from records: its columns read them by name.
const viewColumn = (name: string, description: string, type: FieldType = "string") =>
  column<ViewRow>(name, description, (row) => row[name], type);

// Columns both views have, described once.
const ELECTION_KIND = viewColumn("electionKind", "general or by-election.");
const ELECTION_DATE = viewColumn("electionDate", "The polling day.", "date");
const CONSTITUENCY = viewColumn("constituency", "The constituency's name.");
const GSS_CODE = viewColumn("gssCode", "The constituency's GSS code.");
const POSITION = viewColumn("position", "Place in the result; 1 is the winner.", "integer");
const VOTES = viewColumn("votes", "Votes received.", "integer");
const VOTE_SHARE = viewColumn("voteShare", "Share of the valid votes, 0 to 1.", "number");
const VOTE_SHARE_CHANGE = viewColumn(
  "voteShareChange",
  "Change in share against the previous election there.",
  "number",
);
const RESULT_SUMMARY = viewColumn("resultSummary", "The source's summary of the result.");
const STOOD_FOR = viewColumn(
  "stoodFor",
  "The party stood for on that polling day, and the adjunct party of a joint candidacy; 'independent' for an independent.",
);

/** Each person's candidacies, flat, with the names a spreadsheet reader wants beside the ids. */
export const personCandidaciesView = defineTable<ViewRow>({
  name: "person_candidacies",
  description:
    "A view: each person's candidacies, general elections and by-elections, with the constituency and the party stood for on that polling day by name.",
  primaryKey: ["personId", "contestId"],
  foreignKeys: [],
  collections: [],
  rowsOf: () => [],
  columns: [
    viewColumn("personId", "The person."),
    viewColumn("person", "The person's name, as the article gives it."),
    ELECTION_KIND,
    ELECTION_DATE,
    viewColumn("contestId", "The contest."),
    CONSTITUENCY,
    GSS_CODE,
    STOOD_FOR,
    VOTES,
    VOTE_SHARE,
    VOTE_SHARE_CHANGE,
    POSITION,
    viewColumn("elected", "Whether the person won the seat.", "boolean"),
    RESULT_SUMMARY,
  ],
});

/** Each contest's whole result, flat: a row per candidate with the contest's totals. */
export const contestResultsView = defineTable<ViewRow>({
  name: "contest_results",
  description:
    "A view: each contest's whole result, a row per candidate in the order of the result, with the party stood for on that polling day by name and the contest's electorate, turnout (computed) and majority.",
  primaryKey: ["contestId", "position"],
  foreignKeys: [],
  collections: [],
  rowsOf: () => [],
  columns: [
    viewColumn("contestId", "The contest."),
    ELECTION_KIND,
    ELECTION_DATE,
    CONSTITUENCY,
    GSS_CODE,
    POSITION,
    viewColumn("candidate", "The candidate's name as the source gives it."),
    viewColumn("personId", "The person's record, for the people the records cover."),
    STOOD_FOR,
    VOTES,
    VOTE_SHARE,
    VOTE_SHARE_CHANGE,
    viewColumn("elected", "Whether the candidate won the seat.", "boolean"),
    viewColumn("electorate", "The contest's electorate.", "integer"),
    viewColumn("validVotes", "The contest's valid votes.", "integer"),
    viewColumn("invalidVotes", "The contest's invalid votes.", "integer"),
    viewColumn("turnout", "Valid votes divided by the electorate, 0 to 1 (computed by Labour Left Data).", "number"),
    viewColumn("majority", "The winner's majority.", "integer"),
    RESULT_SUMMARY,
  ],
});

/** The flat views, written as CSV beside the tables and as sheets of the workbook. */
export const VIEW_TABLES = [personCandidaciesView, contestResultsView];
