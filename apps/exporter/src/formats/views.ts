import type { Stage } from "../stage/stage";
import { type Cell, TABLES, type Table } from "../tables/index";
import { VIEW_TABLES } from "../tables/views";
import { csvTableRowBatches } from "./_csv-table-rows";
import { csvPathOf } from "./_table-shares";
import { type CsvOptions, encodeCsvRow } from "./csv";

type Row = Record<string, Cell>;

const tableNamed = (name: string): Table<unknown, unknown> => {
  const table = TABLES.find((each) => each.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
};

/** A CSV table read back as objects keyed by column name. */
async function* rowsOf(stage: Stage, name: string, guarded: boolean): AsyncGenerator<Row> {
  const table = tableNamed(name);
  for await (const batch of csvTableRowBatches(csvPathOf(stage)(table), table, guarded)) {
    for (const cells of batch)
      yield Object.fromEntries(table.columns.map((column, index) => [column.name, cells[index]]));
  }
}

/** A small table (people, areas, parties, contests) by id: what the views look names up in. */
async function byId(stage: Stage, name: string, guarded: boolean): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  for await (const row of rowsOf(stage, name, guarded)) found.set(String(row.id), row);
  return found;
}

const compareBy =
  (keys: readonly string[]) =>
  (a: Row, b: Row): number => {
    for (const key of keys) {
      const left = a[key] ?? "";
      const right = b[key] ?? "";
      if (left === right) continue;
      if (typeof left === "number" && typeof right === "number") return left - right;
      return String(left) < String(right) ? -1 : 1;
    }
    return 0;
  };

/**
 * `csv/person_candidacies.csv` and `csv/contest_results.csv`: the candidacies with the names a spreadsheet reader
 * wants beside the ids, made from the sorted tables. The candidacies are held while they are sorted by the views'
 * keys; the people, places, parties and contests they name are looked up by id.
 */
export async function writeViewTables(stage: Stage, options: CsvOptions): Promise<void> {
  const guarded = options.guardFormulas ?? true;
  const [people, areas, organizations, contests] = await Promise.all(
    ["people", "areas", "organizations", "contests"].map((name) => byId(stage, name, guarded)),
  );
  const nameOf = (map: Map<string, Row> | undefined, id: Cell): Cell =>
    id === undefined ? undefined : map?.get(String(id))?.name;
  const personRows: Row[] = [];
  const contestRows: Row[] = [];
  for await (const candidacy of rowsOf(stage, "candidacies", guarded)) {
    const area = areas?.get(String(candidacy.areaId));
    const contest = contests?.get(String(candidacy.contestId));
    const stoodFor =
      candidacy.independent === true
        ? "independent"
        : [nameOf(organizations, candidacy.partyId), nameOf(organizations, candidacy.adjunctPartyId)]
            .filter((name) => name !== undefined)
            .join(" and ") || undefined;
    const common = {
      electionKind: candidacy.electionKind,
      electionDate: candidacy.electionDate,
      constituency: area?.name,
      gssCode: area?.gss,
      stoodFor,
      votes: candidacy.votes,
      voteShare: candidacy.voteShare,
      voteShareChange: candidacy.voteShareChange,
      position: candidacy.position,
      elected: candidacy.elected,
      resultSummary: candidacy.resultSummary,
    };
    if (candidacy.personId !== undefined) {
      personRows.push({
        ...common,
        personId: candidacy.personId,
        person: nameOf(people, candidacy.personId),
        contestId: candidacy.contestId,
      });
    }
    contestRows.push({
      ...common,
      contestId: candidacy.contestId,
      candidate: candidacy.name,
      personId: candidacy.personId,
      electorate: contest?.electorate,
      validVotes: contest?.validVotes,
      invalidVotes: contest?.invalidVotes,
      turnout: contest?.turnout,
      majority: contest?.majority,
    });
  }
  const [personView, contestView] = VIEW_TABLES as [Table<unknown, unknown>, Table<unknown, unknown>];
  for (const [view, rows] of [
    [personView, personRows],
    [contestView, contestRows],
  ] as const) {
    rows.sort(compareBy(view.primaryKey));
    const file = await stage.create(`csv/${view.name}.csv`, () => rows.length);
    await file.write(
      (options.bom ? "\uFEFF" : "") +
        encodeCsvRow(
          view.columns.map((column) => column.name),
          false,
        ),
    );
    for (const row of rows)
      await file.write(
        encodeCsvRow(
          view.columns.map((column) => column.value(row)),
          guarded,
        ),
      );
    await file.close();
  }
}
