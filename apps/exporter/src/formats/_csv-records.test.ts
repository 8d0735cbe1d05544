import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { makeTestDir } from "../../../../vitest.temp-root";
import { readCsvRecordBatches } from "./_csv-records";
import { CHUNK_BYTES } from "./_text-chunks";
import { encodeCsvRow } from "./csv";

const dir = makeTestDir("csv-records");

async function readAll(path: string): Promise<string[][]> {
  const records: string[][] = [];
  for await (const batch of readCsvRecordBatches(path)) records.push(...batch);
  return records;
}

function writeCsv(name: string, records: readonly (readonly string[])[], bom = false): string {
  const path = join(dir, name);
  writeFileSync(path, (bom ? "\uFEFF" : "") + records.map((record) => encodeCsvRow(record, false)).join(""));
  return path;
}

/** Cells that need quoting, or look as if they might. */
const AWKWARD_CELLS = [
  "",
  "plain",
  "a,b",
  'say "hi"',
  '"',
  '""',
  "line\r\nbreak",
  "lone\rreturn",
  "lone\nfeed",
  "\r\n",
  ",",
  "'=1+1",
  "emoji 😀 and é",
  "x".repeat(3 * CHUNK_BYTES),
  `${"y".repeat(CHUNK_BYTES)}"${"z".repeat(10)}`,
];

describe("readCsvRecordBatches", () => {
  it("reads back every record the CSV writer encodes, as an independent parser does", async () => {
    const records = [
      ["id", "text", "other"],
      ...AWKWARD_CELLS.map((cell, index) => [String(index), cell, cell.length % 2 ? "" : "after"]),
    ];
    for (const bom of [false, true]) {
      const path = writeCsv(`awkward-${bom}.csv`, records, bom);
      expect(await readAll(path)).toEqual(records);
      expect(parse(records.map((record) => encodeCsvRow(record, false)).join(""), {})).toEqual(records);
    }
  });

  it("reads a record cut by a chunk's end at any character", async () => {
    // A quoted cell with a doubled quote, a comma and a line break, then unquoted ones, moved across the first
    // chunk's end one character at a time.
    const tricky = ['a "quoted", cell\r\nover lines', "", "last"];
    const length = encodeCsvRow(tricky, false).length;
    for (let shift = -length; shift <= 2; shift += 1) {
      const filler = "f".repeat(CHUNK_BYTES + shift - 10);
      const records = [["filler"], [filler], tricky, ["end"]];
      const path = writeCsv(`shift-${shift}.csv`, records);
      expect(await readAll(path), `shift ${shift}`).toEqual(records);
    }
  });

  it("hands over many records at a time", async () => {
    const records = Array.from({ length: 5000 }, (_, index) => [String(index), `name ${index}`]);
    const batches: number[] = [];
    for await (const batch of readCsvRecordBatches(writeCsv("many.csv", records))) batches.push(batch.length);
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(5000);
    expect(batches.length).toBeLessThan(10);
  });

  it("names the file and the record when a file is not what the exporter writes", async () => {
    const unclosed = join(dir, "unclosed.csv");
    writeFileSync(unclosed, 'id,text\r\n1,"never closed\r\n');
    await expect(readAll(unclosed)).rejects.toThrow(`${unclosed}, record 2: a quoted cell is never closed`);
    const stray = join(dir, "stray.csv");
    writeFileSync(stray, 'id,text\r\n1,"closed"x\r\n');
    await expect(readAll(stray)).rejects.toThrow(`${stray}, record 2: unexpected "x" after a cell`);
  });
});
