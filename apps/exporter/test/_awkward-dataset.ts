import { type Dataset, dataset } from "@labour-left/data";

/** A copy of the (frozen, read-only) records that a test may change. */
type Writable<T> = { -readonly [Key in keyof T]: Writable<T[Key]> };

/**
 * The bundled dataset with values that break naive CSV and spreadsheets: commas, quotes, line breaks,
 * leading formula characters and non-ASCII names. It still follows the schema.
 */
export function awkwardDataset(): Dataset {
  const copy = structuredClone(dataset) as Writable<Dataset>;
  const [first, second, third, fourth, fifth] = copy.people;
  if (!first || !second || !third || !fourth || !fifth) throw new Error("the bundled dataset has too few people");
  first.name = 'Zoë "Zo" Ñúñez-O\'Brien, Jr. 🌹';
  second.name = '=HYPERLINK("http://example.invalid","click")';
  third.name = "+44 20 7946 0000";
  // One already guarded by hand and one not: they must still read back apart.
  fourth.name = "'=1+1";
  fifth.name = "=1+1";
  third.otherNames.push({ name: "@handle", note: 'a note\non two lines, with "quotes"', sources: third.sources });
  const statement = copy.statements[0];
  if (statement) {
    statement.text = '-1, then "quoted"; ½ ≠ ∞';
    statement.context = "line one\r\nline two\ttabbed";
  }
  return copy as Dataset;
}
