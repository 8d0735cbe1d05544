import Ajv2020 from "ajv/dist/2020";
import formatsPlugin from "ajv-formats";
import { describe, expect, it } from "vitest";
import { dataset } from "../src/index";
import { toJsonSchemas } from "../src/json-schema";
import { validateDataset } from "../src/schemas";

type Json = Record<string, unknown>;

/** A copy of the bundled dataset with one value changed, at a path like `people.0.name`. */
function withValue(path: string, value: unknown): Json {
  const copy = structuredClone(dataset) as unknown as Json;
  const keys = path.split(".");
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1) ?? "";
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

const firstOf = (collection: keyof typeof dataset, test: (record: Json) => boolean): number =>
  (dataset[collection] as unknown as Json[]).findIndex(test);
const seat = firstOf("memberships", (membership) => membership.organizationId === "house-of-commons");
const wikidataPerson = firstOf("people", (person) =>
  (person.identifiers as Json[]).some((identifier) => identifier.scheme === "wikidata"),
);
const wikidataAt = (dataset.people[wikidataPerson]?.identifiers ?? []).findIndex((id) => id.scheme === "wikidata");
const gssArea = firstOf("areas", (area) =>
  (area.identifiers as Json[]).some((identifier) => identifier.scheme === "gss"),
);
const article = firstOf("sources", (source) => source.kind === "article");
const inferredCitation = (dataset.memberships[seat]?.sources ?? []).findIndex((ref) => ref.basis === "inferred");
const candidacy = firstOf("candidacies", (record) => record.elected === true && record.independent === false);

// Each bad value, put into an otherwise valid dataset: validateDataset and ajv must both reject it.
const CASES: readonly [string, string, unknown][] = [
  ["a month that does not exist", `memberships.${seat}.startDate`, "2020-13"],
  ["a word for a date", `memberships.${seat}.endDate`, "yesterday"],
  ["29 February of a year that is not leap", `memberships.${seat}.endDate`, "2021-02-29"],
  ["a day past the month's end", `memberships.${seat}.startDate`, "2019-04-31"],
  ["a QID without its Q", `people.${wikidataPerson}.identifiers.${wikidataAt}.identifier`, "153454"],
  ["a GSS code of another shape", `areas.${gssArea}.identifiers.0.identifier`, "E1400064"],
  ["an id that is not a slug", "people.0.id", "Diane Abbott"],
  ["a javascript: URL for a source", `sources.${article}.url`, "javascript:alert(1)"],
  ["an ftp URL for a source", `sources.${article}.url`, "ftp://example.org/file"],
  ["a javascript: URL in a citation", `candidacies.${candidacy}.sources.0.url`, "javascript:alert(1)"],
  ["NUL in a name", "people.0.name", "Diane\u0000Abbott"],
  ["a line break in a name", "people.0.name", "Diane\nAbbott"],
  ["an unpaired surrogate in a name", "people.0.name", "Diane \ud800Abbott"],
  ["a bidirectional override in a name", "people.0.name", "Diane \u202eAbbott"],
  ["a bell in a note", `memberships.${seat}.startReason`, "Elected\u0007"],
  ["doubled spaces in a verbatim text", "statements.0.text", "Trade Union  recognition"],
  ["a language that is not a tag", `sources.${article}.language`, "English"],
  ["an inference without its reason", `memberships.${seat}.sources.${inferredCitation}.reason`, undefined],
  ["a statement with two authors", "statements.0.authorPersonId", "diane-abbott"],
  ["an independent who has a party", `candidacies.${candidacy}.independent`, true],
  ["a winner placed second", `candidacies.${candidacy}.position`, 2],
  ["a polling day known only to the month", `candidacies.${candidacy}.electionDate`, "2019-12"],
];

describe("one schema, one strictness: the JSON Schema rejects what validateDataset rejects", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: its default export is the plugin under Node, and under `.default` in types.
  ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin)(ajv);
  const validate = ajv.compile(toJsonSchemas().dataset ?? {});

  it("accepts the bundled dataset, as validateDataset does", () => {
    expect(validateDataset(dataset).valid).toBe(true);
    expect(validate(dataset), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.each(CASES)("rejects %s", (_, path, value) => {
    const input = withValue(path, value);
    expect(validateDataset(input).valid, "validateDataset").toBe(false);
    expect(validate(input), "ajv").toBe(false);
  });

  it("says what it cannot express, in the dataset schema's description", () => {
    expect(String(toJsonSchemas().dataset?.description)).toContain("ids are unique within each collection");
  });
});
