import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@labour-left/data";
import { describeIssue, validateDataset } from "@labour-left/data/schemas";
import { describe, expect, it } from "vitest";
import { makeTempDir, readExport } from "./_run";

// The built package: worker threads run built files only.
const { exportDataset, validateDatasetFile } = (await import(
  new URL("../dist/index.js", import.meta.url).href
)) as typeof import("../src/index");

/** The bundled dataset as a file, keys in reverse order and indented, unlike anything the exporter writes. */
function datasetFile(dir: string, value: unknown = dataset): string {
  const reversed = Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse());
  const path = join(dir, "input.json");
  writeFileSync(path, JSON.stringify(reversed, null, "\t"));
  return path;
}

// Latin-1 maps every byte to one character, so binary files (the database, Parquet, the workbook) compare exactly.
const asText = (tree: Map<string, Buffer>): Map<string, string> =>
  new Map([...tree].map(([path, bytes]) => [path, bytes.toString("latin1")]));

describe("an export read from a file in pieces", () => {
  const dir = makeTempDir("streaming");
  const input = datasetFile(dir);

  it("is byte for byte the export of the same dataset in memory, in every format, with worker threads or not", async () => {
    await exportDataset({ outDir: join(dir, "memory") });
    const expected = asText(readExport(join(dir, "memory")));
    await exportDataset({ outDir: join(dir, "file"), input });
    expect(asText(readExport(join(dir, "file")))).toEqual(expected);
    await exportDataset({ outDir: join(dir, "file-threads"), input, parallel: true });
    expect(asText(readExport(join(dir, "file-threads")))).toEqual(expected);
    await exportDataset({ outDir: join(dir, "memory-threads"), parallel: true });
    expect(asText(readExport(join(dir, "memory-threads")))).toEqual(expected);
  });

  it("sorts the same when rows spill to disk, in worker threads or not", async () => {
    const expected = asText(readExport(join(dir, "memory", "csv")));
    for (const parallel of [false, true]) {
      const outDir = join(dir, `spilled-${parallel}`);
      await exportDataset({ outDir, input, formats: ["csv"], sortBufferBytes: 2048, parallel });
      expect(asText(readExport(join(outDir, "csv")))).toEqual(expected);
    }
  });

  it("writes nothing when a record is invalid, with the worker threads stopped", async () => {
    const broken = structuredClone(dataset) as unknown as { memberships: { personId: string }[] };
    (broken.memberships[5] as { personId: string }).personId = "nobody";
    const badInput = datasetFile(makeTempDir("streaming-invalid"), broken);
    const outDir = join(dir, "invalid");
    await expect(exportDataset({ outDir, input: badInput, parallel: true })).rejects.toThrow(
      /does not follow the dataset schema \(1 problem\); nothing was written/,
    );
    expect(existsSync(outDir)).toBe(false);
  });
});

/** The bundled dataset with seven kinds of problem, in different layers and collections. */
function brokenDataset(): Record<string, Record<string, unknown>[]> {
  const broken = structuredClone(dataset) as unknown as Record<string, Record<string, unknown>[]>;
  const at = (collection: string, index: number): Record<string, unknown> => broken[collection]?.[index] ?? {};
  at("memberships", 1).personId = "nobody";
  at("memberships", 2).endDate = "1900";
  at("people", 3).name = "";
  at("statements", 1).id = at("statements", 0).id;
  at("areas", 0).parentId = "nowhere";
  at("errata", 0).sourceSays = "words nobody kept";
  at("events", 0).sources = [{ sourceId: "missing-source", basis: "stated" }];
  return broken;
}

describe("validating a file in pieces", () => {
  const broken = brokenDataset();
  const input = datasetFile(makeTempDir("streaming-validate"), broken);
  const expected = validateDataset(broken);

  it("finds what validateDataset finds in the same data, in the same order, with worker threads or not", async () => {
    expect(expected.issues.length).toBeGreaterThanOrEqual(7);
    expect(await validateDatasetFile(input, { parallel: false })).toEqual(expected);
    expect(await validateDatasetFile(input, { parallel: true })).toEqual(expected);
  });

  it("finds the same with the records checked in worker threads", async () => {
    const outDir = join(makeTempDir("streaming-threads"), "out");
    const failure = await exportDataset({ outDir, input, parallel: true }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ details: expected.issues.map(describeIssue) });
    expect(existsSync(outDir)).toBe(false);
  });

  it("places a syntax error that a worker thread finds at its line and column", async () => {
    const dir = makeTempDir("streaming-syntax");
    const path = datasetFile(dir);
    const lines = readFileSync(path, "utf8").split("\n");
    const line = lines.findIndex((text) => text.includes('"personId"'));
    // The byte scan that finds items' ends passes this; JSON.parse, in the worker, does not.
    lines[line] = (lines[line] as string).replace('"personId":', '"personId"::');
    writeFileSync(path, lines.join("\n"));
    for (const parallel of [false, true]) {
      await expect(exportDataset({ outDir: join(dir, `out-${parallel}`), input: path, parallel })).rejects.toThrow(
        new RegExp(`input\\.json:${line + 1}:\\d+: not valid JSON`),
      );
    }
  });
});
