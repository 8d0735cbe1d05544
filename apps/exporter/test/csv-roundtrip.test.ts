import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COLLECTION_NAMES } from "@labour-left/data/schemas";
import { describe, expect, it } from "vitest";
import { awkwardDataset } from "./_awkward-dataset";
import { readCsvExport } from "./_read-csv-export";
import { reassemble } from "./_reassemble";
import { makeTempDir, runBin } from "./_run";

const byId = (records: unknown): unknown[] =>
  [...(records as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function exportWith(args: string[], input?: unknown): string {
  const dir = makeTempDir("csv");
  const extra: string[] = [];
  if (input !== undefined) {
    writeFileSync(join(dir, "input.json"), JSON.stringify(input));
    extra.push("--input", join(dir, "input.json"));
  }
  const result = runBin(["--out", join(dir, "out"), "--format", "json,csv", ...extra, ...args]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return join(dir, "out");
}

describe.each([
  ["the bundled dataset", undefined],
  ["a dataset of awkward values", awkwardDataset()],
])("CSV read back with a CSV parser, for %s", (_name, input) => {
  it.each([[[]], [["--bom"]], [["--no-formula-guard"]]])("equals the JSON export (options %j)", (args) => {
    const out = exportWith(args, input);
    const { tables } = readCsvExport(out, { guarded: !args.includes("--no-formula-guard") });
    const json = JSON.parse(readFileSync(join(out, "dataset.json"), "utf8")) as Record<string, unknown>;
    const rebuilt = reassemble(tables);
    for (const collection of COLLECTION_NAMES) {
      expect(byId(rebuilt[collection]), collection).toEqual(byId(json[collection]));
    }
  });
});

describe("CSV files", () => {
  it("are RFC 4180: CRLF line ends, a header row, quotes where needed, UTF-8", () => {
    const out = exportWith([], awkwardDataset());
    const people = readFileSync(join(out, "csv/people.csv"), "utf8");
    expect(people.startsWith("id,name,ukParliament,theyworkforyou,wikidata,maidenSpeechDate,")).toBe(true);
    expect(people).toContain('"Zoë ""Zo"" Ñúñez-O\'Brien, Jr. 🌹"');
    expect(people.split("\r\n").at(-1)).toBe("");
    expect(people.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("neutralise cells a spreadsheet would run as formulas, unless told not to", () => {
    const guarded = readFileSync(join(exportWith([], awkwardDataset()), "csv/people.csv"), "utf8");
    expect(guarded).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
    expect(guarded).toContain("'+44 20 7946 0000");
    expect(guarded).toContain(",''=1+1,");
    expect(guarded).toContain(",'=1+1,");
    const raw = readFileSync(join(exportWith(["--no-formula-guard"], awkwardDataset()), "csv/people.csv"), "utf8");
    expect(raw).toContain(`"=HYPERLINK(""http://example.invalid"",""click"")"`);
    expect(raw).not.toContain("'+44");
  });

  it("start with a byte order mark only with --bom", () => {
    expect(readFileSync(join(exportWith(["--bom"]), "csv/people.csv"), "utf8").charCodeAt(0)).toBe(0xfeff);
    expect(readFileSync(join(exportWith([]), "csv/people.csv"), "utf8").charCodeAt(0)).not.toBe(0xfeff);
  });
});
