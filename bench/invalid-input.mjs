// An invalid file costs no more than 1.5 times a valid one of the same size, to validate and to export: a hostile
// file must not be a way to keep the validator busy (checking stops at 10,000 problems). Each run is a fresh
// process; fastest of a few runs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printTable, USER_ENV } from "./_measure.mjs";
import { writeSyntheticDataset } from "./_synthetic-dataset.mjs";

const SCALE = 10;
const RUNS = 3;
const GOAL = 1.5;
const exporterDist = new URL("../apps/exporter/dist/index.js", import.meta.url).href;
const workDir = mkdtempSync(join(tmpdir(), "labour-left-bench-invalid-"));

/** A file of about `bytes` bytes whose people are all the same item, with every other collection empty. */
function writeItems(path, bytes, item) {
  const head =
    '{"version":"1.0.0","sources":[],"organizations":[],"memberships":[],"posts":[],"areas":[],"events":[],"statements":[],"contests":[],"candidacies":[],"notionalResults":[],"errata":[],"people":[';
  const itemBytes = Buffer.byteLength(item);
  const count = Math.max(1, Math.floor((bytes - head.length - 2) / (itemBytes + 1)));
  const body = Buffer.from(`${head}${Array(count).fill(item).join(",")}]}`, "latin1");
  writeFileSync(path, body);
  return count;
}

/** Milliseconds for `work` (validate or export) on `path` in a fresh process, fastest of RUNS; and the problems. */
function measure(work, path) {
  const out = join(workDir, "out");
  const call =
    work === "validate"
      ? `let total; try { const result = await validateDatasetFile(${JSON.stringify(path)}); total = result.complete ? result.total : "at least " + result.total; } catch (error) { total = error.message.replace(/^.*: not valid JSON: /, ""); }`
      : `let total = 0; try { await exportDataset({ input: ${JSON.stringify(path)}, outDir: ${JSON.stringify(out)}, formats: ["csv"] }); } catch (error) { total = error.message.match(/\\(([^)]*problems?)\\)/)?.[1] ?? error.message.replace(/^.*: not valid JSON: /, ""); }`;
  const script = `const { validateDatasetFile, exportDataset } = await import(${JSON.stringify(exporterDist)});
const start = performance.now(); ${call}
console.log(JSON.stringify({ ms: performance.now() - start, total }));`;
  const runs = Array.from({ length: RUNS }, () => {
    rmSync(out, { recursive: true, force: true });
    const text = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      env: USER_ENV,
    });
    return JSON.parse(text.trim());
  });
  return { ms: Math.min(...runs.map((run) => run.ms)), total: runs[0].total };
}

try {
  const valid = join(workDir, "valid.json");
  await writeSyntheticDataset(valid, SCALE);
  const bytes = statSync(valid).size;
  const validText = readFileSync(valid, "latin1").trimEnd();
  const longSlug = Array.from({ length: 5_000_000 }, () => "a").join("-");
  /** [name, path, item or whole text] */
  const cases = [
    ["valid (synthetic dataset)", valid],
    ["numbers instead of records", "numbers.json", { item: "1" }],
    ["records missing every field ({})", "empty-records.json", { item: "{}" }],
    ["records with a bad field", "bad-field.json", { item: '{"id":"Not A Slug","name":"x"}' }],
    ["a 10-million-character id", "long-id.json", { item: `{"id":"${longSlug}","name":"x"}` }],
    ["a name repeated in each record", "repeated-names.json", { item: '{"id":"a","id":"b"}' }],
    ["invalid UTF-8 in each record", "bad-utf8.json", { item: '{"id":"\xff\xfe"}' }],
    ["an escaped colon in each record", "escaped-colons.json", { item: '{"id":"a\\u003ab","name":"x"}' }],
    ["the valid file cut short", "cut-short.json", { text: validText.slice(0, -1) }],
    [
      "5,000 unclosed brackets at the end",
      "unclosed.json",
      { text: `${validText.slice(0, -1)},"x":${"[".repeat(5000)}` },
    ],
  ];
  const rows = [];
  let baseline;
  for (const [name, file, content] of cases) {
    const path = content === undefined ? file : join(workDir, file);
    let items = "";
    if (content?.item !== undefined) items = writeItems(path, bytes, content.item);
    else if (content?.text !== undefined) writeFileSync(path, content.text, "latin1");
    const validated = measure("validate", path);
    const exported = measure("export", path);
    baseline ??= { validate: validated.ms, export: exported.ms };
    rows.push({
      input: name,
      MB: (statSync(path).size / 1e6).toFixed(1),
      items,
      problems: validated.total,
      "validate ms": validated.ms.toFixed(0),
      "x valid": (validated.ms / baseline.validate).toFixed(2),
      "export ms": exported.ms.toFixed(0),
      "x valid ": (exported.ms / baseline.export).toFixed(2),
    });
  }
  console.log(
    `Validating, and exporting as CSV, a file of ${(bytes / 1e6).toFixed(0)} MB (fastest of ${RUNS} runs, each in a fresh process)`,
  );
  printTable(rows);
  const worst = Math.max(...rows.flatMap((row) => [Number(row["x valid"]), Number(row["x valid "])]));
  console.log(
    `goal: an invalid file costs at most ${GOAL}x a valid one of the same size, to validate and to export -> ${worst <= GOAL ? "met" : "MISSED"} (worst ${worst.toFixed(2)}x)`,
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
