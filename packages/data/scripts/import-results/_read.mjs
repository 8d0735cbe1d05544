// Reading the reference files: CSV rows as the source wrote them, HTML entities decoded where the source has them.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export const sharedDir = process.env.LABOUR_LEFT_SHARED ?? new URL("../../../../../shared/", import.meta.url).pathname;
export const resultsDir = `${sharedDir}/reference/results_2010_2024`;

/** Every row of a reference CSV, as objects keyed by its header. */
export const readRows = (path) => parse(readFileSync(path, "utf8"), { columns: true, bom: true });

const NAMED_ENTITIES = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };

/** Text with its HTML character references decoded (the general-election export writes `&#39;` for `'`). */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export const hasEntities = (text) => decodeEntities(text) !== text;

/** A number, or undefined for an empty cell (or the application's `[x]`, "no value"). */
export const optionalNumber = (text) =>
  text === "" || text === "[x]" || text === undefined ? undefined : Number(text);

export const slug = (text) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Records of a hand-written record file, read as text: each top-level record's id and the values asked for. */
export function readRecordFields(file, patterns) {
  const text = readFileSync(new URL(`../../src/records/${file}`, import.meta.url), "utf8");
  return text
    .split(/\n {2}\{\n/)
    .slice(1)
    .map((block) => {
      const fields = { id: /^ {4}id: "([^"]+)"/m.exec(block)?.[1] };
      for (const [name, pattern] of Object.entries(patterns)) fields[name] = pattern.exec(block)?.[1];
      return fields;
    })
    .filter((fields) => fields.id !== undefined);
}
