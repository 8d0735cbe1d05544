import { stat } from "node:fs/promises";
import type { Stage } from "../stage/stage";
import { type Cell, type FieldType, TABLES, type Table } from "../tables/index";
import { VIEW_TABLES } from "../tables/views";
import { csvTableRowBatches } from "./_csv-table-rows";
import type { FormatWriter } from "./_writer";
import { ZipWriter } from "./_zip";
import type { CsvOptions } from "./csv";

/** Excel's limits: rows a sheet, characters a cell. */
const MAX_ROWS = 1_048_576;
const MAX_CELL = 32_767;
const WORKBOOK = "labour-left.xlsx";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

// Cell styles, by index in styles.xml: a plain cell, a bold header, a date, a date and time (UTC).
const STYLE = { header: 1, date: 2, datetime: 3 } as const;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="4"><xf xfId="0"/><xf xfId="0" fontId="1" applyFont="1"/><xf xfId="0" numFmtId="164" applyNumberFormat="1"/><xf xfId="0" numFmtId="165" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// A carriage return is written as a reference: an XML reader turns a literal CR LF into LF.
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };
const escapeXml = (text: string): string =>
  text.replace(/[&<>"\r]/g, (character) => XML_ESCAPES[character] ?? character);

/** "A", "B", … "Z", "AA": a column's letters. */
function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// Days since 1899-12-30, Excel's serial date (its 1900 date system, past its leap-year quirk).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const serial = (milliseconds: number): number => (milliseconds - EXCEL_EPOCH) / 86_400_000;

function cellXml(ref: string, cell: Cell, type: FieldType, where: () => string): string {
  if (cell === undefined) return "";
  if (type === "date") return `<c r="${ref}" s="${STYLE.date}"><v>${serial(Date.parse(`${cell}T00:00:00Z`))}</v></c>`;
  if (type === "datetime") return `<c r="${ref}" s="${STYLE.datetime}"><v>${serial(Date.parse(String(cell)))}</v></c>`;
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (cell.length > MAX_CELL)
    throw new Error(`${where()}: a cell of ${cell.length} characters; Excel holds at most ${MAX_CELL}`);
  // Text is stored as text: never read as a formula, so it needs no guard here.
  const space = /^\s|\s$|\n/.test(cell) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${escapeXml(cell)}</t></is></c>`;
}

/** How wide each column should be: the longest text in it (a first pass over the table), within limits. */
async function columnWidths(path: string, table: Table<unknown, unknown>, guarded: boolean): Promise<number[]> {
  const widths = table.columns.map((column) =>
    column.type === "datetime" ? 17 : column.type === "date" ? 11 : column.name.length + 2,
  );
  for await (const batch of csvTableRowBatches(path, table, guarded)) {
    for (const row of batch) {
      row.forEach((cell, index) => {
        if (typeof cell === "string") widths[index] = Math.max(widths[index] ?? 0, Math.min(60, cell.length + 1));
      });
    }
  }
  return widths;
}

/** One sheet's XML, a row at a time: the header frozen, columns sized, cells typed. */
async function* sheetXml(path: string, table: Table<unknown, unknown>, guarded: boolean): AsyncGenerator<string> {
  const widths = await columnWidths(path, table, guarded);
  const cols = widths
    .map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`)
    .join("");
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`;
  const header = table.columns
    .map(
      (column, index) =>
        `<c r="${columnLetters(index)}1" t="inlineStr" s="${STYLE.header}"><is><t>${escapeXml(column.name)}</t></is></c>`,
    )
    .join("");
  yield `<row r="1">${header}</row>`;
  let number = 1;
  for await (const batch of csvTableRowBatches(path, table, guarded)) {
    let chunk = "";
    for (const row of batch) {
      number += 1;
      if (number > MAX_ROWS)
        throw new Error(`table ${table.name} has more rows than an Excel sheet holds (${MAX_ROWS - 1})`);
      let cells = "";
      for (let index = 0; index < row.length; index += 1) {
        const column = table.columns[index];
        cells += cellXml(
          `${columnLetters(index)}${number}`,
          row[index],
          column?.type ?? "string",
          () => `${table.name}, row ${number - 1}, ${column?.name}`,
        );
      }
      chunk += `<row r="${number}">${cells}</row>`;
    }
    yield chunk;
  }
  yield "</sheetData></worksheet>";
}

function packageParts(sheets: readonly Table<unknown, unknown>[]): [string, string][] {
  const overrides = sheets
    .map(
      (_, index) =>
        `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const sheetList = sheets
    .map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
    .join("");
  const sheetRelations = sheets
    .map(
      (_, index) =>
        `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    )
    .join("");
  return [
    [
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`,
    ],
    [
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheetList}</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetRelations}<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", STYLES],
  ];
}

/**
 * `labour-left.xlsx`: one workbook with a sheet per table and the flat views, for spreadsheet users. Numbers are
 * numbers, whole days and instants are dates, text is text (never a formula), and each header row is frozen. Made
 * from the sorted CSV tables, a row at a time.
 */
export function createXlsxWriter(stage: Stage, csv: CsvOptions): FormatWriter {
  return {
    add: () => undefined,
    async finish() {
      const guarded = csv.guardFormulas ?? true;
      const sheets = [...TABLES, ...VIEW_TABLES];
      const path = stage.stagedPath(WORKBOOK);
      const zip = new ZipWriter(path);
      for (const [name, content] of packageParts(sheets)) await zip.add(name, [content]);
      for (const [index, sheet] of sheets.entries()) {
        const source = stage.stagedPath(`csv/${sheet.name}.csv`);
        await zip.add(`xl/worksheets/sheet${index + 1}.xml`, sheetXml(source, sheet, guarded));
      }
      await zip.finish();
      // Its rows are its sheets, as a data package's are its resources.
      stage.adopt({ path: WORKBOOK, rows: sheets.length, bytes: (await stat(path)).size });
    },
  };
}
