import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@labour-left/data";
import { beforeAll, describe, expect, it } from "vitest";
import { awkwardDataset } from "./_awkward-dataset";
import { type CsvRow, readCsvExport } from "./_read-csv-export";
import { makeTempDir, runBin } from "./_run";

// Debian's Python with its openpyxl: a reader of workbooks written by others than us.
const PYTHON = "/usr/bin/python3";
const openpyxlAvailable =
  existsSync(PYTHON) &&
  execFileSync(PYTHON, ["-c", "import importlib.util as u; print(u.find_spec('openpyxl') is not None)"], {
    encoding: "utf8",
  }).trim() === "True";
const SKIP_NO_OPENPYXL = `skipped: no openpyxl for ${PYTHON} (Debian: apt-get install -y python3-openpyxl, which the README's test command does)`;

const READER = `
import json, sys, datetime, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
def value(cell):
    if isinstance(cell.value, datetime.datetime): return {"datetime": cell.value.isoformat()}
    return cell.value
out = []
for sheet in book.worksheets:
    rows = list(sheet.iter_rows())
    out.append({
        "name": sheet.title,
        "frozen": sheet.freeze_panes,
        "formulas": sum(1 for row in rows for cell in row if cell.data_type == "f"),
        "header": [cell.value for cell in rows[0]] if rows else [],
        "rows": [[value(cell) for cell in row] for row in rows[1:]],
    })
json.dump(out, sys.stdout)
`;

interface Sheet {
  name: string;
  frozen: string | null;
  formulas: number;
  header: string[];
  rows: unknown[][];
}

/** A CSV cell as the workbook should hold it: a whole day or an instant as a date, the rest as the CSV types it. */
function expected(value: CsvRow[string], type: string): unknown {
  if (value === undefined) return null;
  if (type === "date") return { datetime: `${value}T00:00:00` };
  if (type === "datetime") return { datetime: String(value).replace("Z", "") };
  return value;
}

describe.skipIf(!openpyxlAvailable)(
  `labour-left.xlsx, read by openpyxl${openpyxlAvailable ? "" : ` (${SKIP_NO_OPENPYXL})`}`,
  () => {
    const read = (dir: string): Sheet[] =>
      JSON.parse(
        execFileSync(PYTHON, ["-c", READER, join(dir, "labour-left.xlsx")], {
          encoding: "utf8",
          maxBuffer: 512 * 1024 * 1024,
        }),
      );
    let dir: string;

    beforeAll(() => {
      dir = makeTempDir("workbook");
      writeFileSync(join(dir, "awkward.json"), JSON.stringify(awkwardDataset()));
      for (const [out, input] of [
        ["bundled", []],
        ["awkward", ["--input", join(dir, "awkward.json")]],
      ] as const) {
        const result = runBin([...input, "--out", join(dir, out), "--format", "csv,xlsx"]);
        expect(result.status, result.stderr).toBe(0);
      }
    });

    it.each(["bundled", "awkward"])(
      "holds a sheet for every CSV table and flat view, with the same values, typed (%s)",
      (out) => {
        const csv = readCsvExport(join(dir, out), { guarded: true });
        const sheets = read(join(dir, out));
        expect(sheets.map((sheet) => sheet.name)).toEqual(csv.datapackage.resources.map((resource) => resource.name));
        for (const resource of csv.datapackage.resources) {
          const sheet = sheets.find((each) => each.name === resource.name);
          const fields = resource.schema.fields;
          expect(sheet?.header, resource.name).toEqual(fields.map((field) => field.name));
          // Headers stay in view; nothing is a formula, whatever the text holds.
          expect(sheet?.frozen, resource.name).toBe("A2");
          expect(sheet?.formulas, resource.name).toBe(0);
          const rows = (csv.tables.get(resource.name) ?? []).map((row) =>
            fields.map((field) => expected(row[field.name], field.type)),
          );
          expect(sheet?.rows, resource.name).toEqual(rows);
        }
      },
    );

    it("keeps every character of awkward text, and text that looks like a formula as text", () => {
      const people = read(join(dir, "awkward")).find((sheet) => sheet.name === "people");
      const names = people?.rows.map((row) => row[1]);
      for (const name of [
        'Zoë "Zo" Ñúñez-O\'Brien, Jr. 🌹',
        '=HYPERLINK("http://example.invalid","click")',
        "'=1+1",
        "=1+1",
      ])
        expect(names).toContain(name);
      const statements = read(join(dir, "awkward")).find((sheet) => sheet.name === "statements");
      expect(statements?.rows.flat()).toContain("line one\r\nline two\ttabbed");
    });

    it("has the flat views: each person's candidacies and each contest's whole result, with names", () => {
      const sheets = read(join(dir, "bundled"));
      const results = sheets.find((sheet) => sheet.name === "contest_results");
      expect(results?.rows).toHaveLength(dataset.candidacies.length);
      const header = results?.header ?? [];
      const winner = results?.rows.find(
        (row) => row[header.indexOf("contestId")] === "ge2019-easington" && row[header.indexOf("position")] === 1,
      );
      expect(winner?.[header.indexOf("candidate")]).toBe("Grahame Morris");
      expect(winner?.[header.indexOf("stoodFor")]).toBe("Labour Party");
      const mine = sheets.find((sheet) => sheet.name === "person_candidacies");
      expect(mine?.rows).toHaveLength(dataset.candidacies.filter((candidacy) => candidacy.personId).length);
    });
  },
);
