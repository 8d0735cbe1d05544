import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { awkwardDataset } from "./_awkward-dataset";
import { type CsvRow, readCsvExport } from "./_read-csv-export";
import { makeTempDir, readExport, runBin } from "./_run";

const SQLITE3 = "/usr/bin/sqlite3";
const sqliteAvailable = existsSync(SQLITE3);
const SKIP_NO_SQLITE = `skipped: no sqlite3 program at ${SQLITE3} (Debian: apt-get install -y sqlite3, which the README's test command does)`;

type Row = Record<string, unknown>;

/** A table's rows as the CSV export gives them, absent cells left out, for comparing with an engine's rows. */
const fromCsv = (rows: readonly CsvRow[]): Row[] =>
  rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)));

/** An engine's value as the CSV export writes it: a whole day YYYY-MM-DD, an instant in UTC to the second. */
function asCsvText(value: Date, type: string | undefined): string {
  const iso = value.toISOString();
  return type === "date" ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

/**
 * An engine's rows, with nulls left out, and its integers, 0/1 booleans and dates as the CSV export's types say
 * (`types` by column name; booleans given alone for SQLite, which has no type of its own for them).
 */
function normalise(
  rows: readonly Row[],
  booleans: ReadonlySet<string>,
  types: ReadonlyMap<string, string> = new Map(),
): Row[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([name, value]) => [
          name,
          typeof value === "bigint"
            ? Number(value)
            : value instanceof Date
              ? asCsvText(value, types.get(name))
              : booleans.has(name) && typeof value === "number"
                ? value === 1
                : value,
        ]),
    ),
  );
}

describe("the SQLite and Parquet exports, read by the engines people use", () => {
  let dir: string;
  let csv: ReturnType<typeof readCsvExport>;
  const booleansOf = (table: string): Set<string> =>
    new Set(
      csv.datapackage.resources
        .find((resource) => resource.name === table)
        ?.schema.fields.filter((field) => field.type === "boolean")
        .map((field) => field.name),
    );

  beforeAll(() => {
    dir = makeTempDir("databases");
    // The awkward dataset: formula characters, quotes and line breaks must come through as they are.
    writeFileSync(join(dir, "awkward.json"), JSON.stringify(awkwardDataset()));
    for (const out of ["a", "b"]) {
      const result = runBin([
        "--input",
        join(dir, "awkward.json"),
        "--out",
        join(dir, out),
        "--format",
        "csv,sqlite,parquet",
      ]);
      expect(result.status, result.stderr).toBe(0);
    }
    csv = readCsvExport(join(dir, "a"), { guarded: true });
  });

  it("writes the same bytes on every run", () => {
    const [a, b] = ["a", "b"].map((out) => readExport(join(dir, out)));
    expect(a?.has("labour-left.db")).toBe(true);
    for (const [path, bytes] of a ?? []) expect(b?.get(path)?.equals(bytes), path).toBe(true);
  });

  describe.skipIf(!sqliteAvailable)(`labour-left.db in sqlite3${sqliteAvailable ? "" : ` (${SKIP_NO_SQLITE})`}`, () => {
    const sqlite = (sql: string, json = false): string =>
      execFileSync(SQLITE3, [...(json ? ["-json"] : []), join(dir, "a", "labour-left.db"), sql], {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      });

    it("passes integrity_check and foreign_key_check", () => {
      expect(sqlite("PRAGMA integrity_check;").trim()).toBe("ok");
      expect(sqlite("PRAGMA foreign_keys = ON; PRAGMA foreign_key_check;").trim()).toBe("");
    });

    it("holds every CSV table with its rows and values, declared keys and indexed foreign keys", () => {
      for (const resource of csv.datapackage.resources) {
        const rows = JSON.parse(sqlite(`SELECT * FROM "${resource.name}";`, true) || "[]") as Row[];
        expect(normalise(rows, booleansOf(resource.name)), resource.name).toEqual(
          fromCsv(csv.tables.get(resource.name) ?? []),
        );
        const keys = JSON.parse(
          sqlite(`SELECT "from", "table" FROM pragma_foreign_key_list('${resource.name}');`, true) || "[]",
        );
        expect(keys.length, resource.name).toBe(resource.schema.foreignKeys?.length ?? 0);
        const indexed = sqlite(`SELECT name FROM pragma_index_list('${resource.name}');`);
        for (const key of resource.schema.foreignKeys ?? [])
          expect(indexed, resource.name).toContain(`${resource.name}_${key.fields.join("_")}`);
      }
    });

    it("answers the common questions in its views", () => {
      const mps = JSON.parse(sqlite("SELECT * FROM scg_mps_with_seats;", true)) as Row[];
      const listed = (csv.tables.get("memberships") ?? []).filter((row) => row.organizationId === "scg-mps");
      expect(mps).toHaveLength(listed.length);
      expect(mps.every((mp) => typeof mp.gssCode === "string")).toBe(true);
      const nell = JSON.parse(sqlite("SELECT * FROM nell_constituencies;", true)) as Row[];
      expect(nell.length).toBe(
        (csv.tables.get("organizations") ?? []).find((row) => row.id === "nell")?.constituencyCount,
      );
      const all = csv.tables.get("candidacies") ?? [];
      const candidacies = JSON.parse(sqlite("SELECT * FROM person_candidacies;", true)) as Row[];
      expect(candidacies).toHaveLength(all.filter((row) => row.personId !== undefined).length);
      // Each contest's whole result: every candidacy once, in the order of its result.
      const results = JSON.parse(sqlite("SELECT * FROM contest_results;", true)) as Row[];
      expect(results).toHaveLength(all.length);
      const easington = results.filter((row) => row.contestId === "ge2019-easington");
      expect(easington.map((row) => row.position)).toEqual(easington.map((_, index) => index + 1));
      const contests = csv.tables.get("contests") ?? [];
      expect(easington[0]?.turnout).toBe(contests.find((row) => row.id === "ge2019-easington")?.turnout);
      // NELL's seats election by election: one row per contest in a constituency placed in one of its regions.
      const areas = csv.tables.get("areas") ?? [];
      const regions = new Set(areas.filter((row) => row.classification === "nell-region").map((row) => row.id));
      const placed = new Set(areas.filter((row) => regions.has(String(row.parentId))).map((row) => row.id));
      const seatResults = JSON.parse(sqlite("SELECT * FROM nell_seat_results;", true)) as Row[];
      expect(seatResults).toHaveLength(contests.filter((row) => placed.has(String(row.areaId))).length);
      expect(seatResults.every((row) => typeof row.winner === "string" && typeof row.region === "string")).toBe(true);
    });

    it("is described for Datasette: every table, column and view", () => {
      const metadata = JSON.parse(readFileSync(join(dir, "a", "metadata.json"), "utf8"));
      const tables = metadata.databases["labour-left"].tables as Record<string, { columns?: Record<string, string> }>;
      for (const resource of csv.datapackage.resources) {
        // Keys are sorted, as in every JSON file the exporter writes.
        expect(Object.keys(tables[resource.name]?.columns ?? {}).sort(), resource.name).toEqual(
          resource.schema.fields.map((field) => field.name).sort(),
        );
      }
      expect(Object.keys(tables)).toContain("person_candidacies");
      expect(metadata.license).toBeDefined();
    });
  });

  it("has Parquet files that DuckDB reads, with the CSV export's rows and values, typed", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const files = readdirSync(join(dir, "a", "parquet"));
    expect(files.length).toBe(csv.datapackage.resources.length);
    for (const resource of csv.datapackage.resources) {
      const path = join(dir, "a", "parquet", `${resource.name}.parquet`).replaceAll("'", "''");
      const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`);
      const types = new Map(resource.schema.fields.map((field) => [field.name, field.type]));
      expect(normalise(reader.getRowObjectsJS() as Row[], new Set(), types), resource.name).toEqual(
        fromCsv(csv.tables.get(resource.name) ?? []),
      );
    }
    const types = await connection.runAndReadAll(
      `SELECT typeof(votes) AS votes, typeof(elected) AS elected, typeof(electionDate) AS electionDate FROM read_parquet('${join(dir, "a", "parquet", "candidacies.parquet")}') LIMIT 1`,
    );
    // Whole days are dates, not text; instants are timestamps.
    expect(types.getRowObjectsJS()).toEqual([{ votes: "BIGINT", elected: "BOOLEAN", electionDate: "DATE" }]);
    const contests = join(dir, "a", "parquet", "contests.parquet");
    const declared = await connection.runAndReadAll(
      `SELECT typeof(declarationTime) AS declared FROM read_parquet('${contests}') WHERE declarationTime IS NOT NULL LIMIT 1`,
    );
    expect(declared.getRowObjectsJS()).toEqual([{ declared: "TIMESTAMP" }]);
    connection.closeSync();
  });

  it("writes neither for an invalid input, and keeps the CSV out when only the database is asked for", () => {
    const onlyDb = runBin(["--out", join(dir, "only-db"), "--format", "sqlite"]);
    expect(onlyDb.status).toBe(0);
    expect(readdirSync(join(dir, "only-db")).sort()).toEqual([
      ".labour-left-export.json",
      "labour-left.db",
      "metadata.json",
    ]);
    writeFileSync(join(dir, "invalid.json"), JSON.stringify({ ...awkwardDataset(), people: [1] }));
    const invalid = runBin([
      "--input",
      join(dir, "invalid.json"),
      "--out",
      join(dir, "invalid"),
      "--format",
      "sqlite,parquet",
    ]);
    expect(invalid.status).toBe(1);
    expect(existsSync(join(dir, "invalid"))).toBe(false);
  });
});
