import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@labour-left/data";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import { Validator } from "jsonschema";
import { beforeAll, describe, expect, it } from "vitest";
import { readCsvExport } from "./_read-csv-export";
import { makeTempDir, runBin } from "./_run";
import { POPOLO_SCHEMA_DIR, popoloSchemasAvailable, SKIP_NO_POPOLO_SCHEMAS } from "./_shared";

let out: string;
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(out, path), "utf8"));

beforeAll(() => {
  out = join(makeTempDir("formats"), "out");
  const result = runBin(["--out", out]);
  expect(result.status, result.stderr).toBe(0);
});

describe("datapackage.json", () => {
  it("describes every CSV, whose header matches its Table Schema", () => {
    const { headers, datapackage } = readCsvExport(out, { guarded: true });
    expect(datapackage.resources.map((resource) => resource.path).sort()).toEqual(
      readdirSync(join(out, "csv"))
        .map((file) => `csv/${file}`)
        .sort(),
    );
    for (const resource of datapackage.resources) {
      expect(headers.get(resource.name), resource.name).toEqual(resource.schema.fields.map((field) => field.name));
    }
  });

  it("has primary keys that are unique and foreign keys that resolve", () => {
    const { tables, datapackage } = readCsvExport(out, { guarded: true });
    for (const resource of datapackage.resources) {
      const rows = tables.get(resource.name) ?? [];
      const keys = rows.map((row) => JSON.stringify(resource.schema.primaryKey.map((field) => row[field])));
      expect(new Set(keys).size, `${resource.name} primary key`).toBe(rows.length);
      for (const foreignKey of resource.schema.foreignKeys ?? []) {
        const target = new Set(
          (tables.get(foreignKey.reference.resource) ?? []).map((row) => row[foreignKey.reference.fields[0] ?? ""]),
        );
        const field = foreignKey.fields[0] ?? "";
        const dangling = rows.map((row) => row[field]).filter((value) => value !== undefined && !target.has(value));
        expect(dangling, `${resource.name}.${field} -> ${foreignKey.reference.resource}`).toEqual([]);
      }
    }
  });
});

describe("the JSON Schema export", () => {
  it("validates the JSON export with an independent validator (ajv)", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    // ajv-formats is CommonJS: its default export is the plugin under Node, and under `.default` in types.
    const addFormats = (formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin;
    addFormats(ajv);
    const validate = ajv.compile(readJson("json-schema/dataset.schema.json") as object);
    expect(validate(readJson("dataset.json")), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const validatePerson = ajv.compile(readJson("json-schema/person.schema.json") as object);
    for (const person of readJson("json/people.json") as unknown[]) expect(validatePerson(person)).toBe(true);
    expect(validatePerson({ id: "Not A Slug", name: "x", otherNames: [], identifiers: [], sources: [] })).toBe(false);
  });
});

describe.skipIf(!popoloSchemasAvailable)(
  `popolo.json${popoloSchemasAvailable ? "" : ` (${SKIP_NO_POPOLO_SCHEMAS})`}`,
  () => {
    it("validates against the official Popolo schemas (draft-03)", () => {
      const validator = new Validator();
      const schemas = new Map<string, Record<string, unknown>>();
      for (const file of readdirSync(POPOLO_SCHEMA_DIR)) {
        const schema = JSON.parse(readFileSync(join(POPOLO_SCHEMA_DIR, file), "utf8")) as Record<string, unknown>;
        validator.addSchema(schema, String(schema.id));
        schemas.set(file.replace(/\.json$/, ""), schema);
      }
      const popolo = readJson("popolo.json") as Record<string, unknown[]>;
      const schemaFor = {
        persons: "person",
        organizations: "organization",
        memberships: "membership",
        posts: "post",
        areas: "area",
        events: "event",
      };
      for (const [collection, schemaName] of Object.entries(schemaFor)) {
        const items = popolo[collection] ?? [];
        expect(items.length, collection).toBeGreaterThan(0);
        for (const item of items) {
          const result = validator.validate(item, schemas.get(schemaName) ?? {});
          expect(result.errors.map(String), `${collection} ${(item as { id: string }).id}`).toEqual([]);
        }
      }
      const broken = validator.validate({ id: "x", start_date: "21/09/2020" }, schemas.get("membership") ?? {});
      expect(broken.valid).toBe(false);
    });

    it("uses Popolo's own names and leaves out dates no source gives", () => {
      const popolo = readJson("popolo.json") as { memberships: Record<string, unknown>[] };
      const scg = popolo.memberships.find((membership) => membership.id === "scg-mps-diane-abbott");
      expect(scg).toMatchObject({ person_id: "diane-abbott", organization_id: "scg-mps" });
      expect(scg).not.toHaveProperty("start_date");
      expect(scg).not.toHaveProperty("end_date");
      const seat = dataset.memberships.find((membership) => membership.id === "commons-2019-diane-abbott");
      expect(popolo.memberships.find((membership) => membership.id === "commons-2019-diane-abbott")).toMatchObject({
        start_date: seat?.startDate,
        end_date: "2024-05-30",
        post_id: "mp-for-hackney-north-and-stoke-newington",
      });
    });
  },
);

describe("popolo.json's provenance", () => {
  it("gives every record sources, each with an http(s) url and a note that says stated or inferred, and why", () => {
    const popolo = readJson("popolo.json") as Record<string, Record<string, unknown>[]>;
    let inferred = 0;
    for (const [collection, records] of Object.entries(popolo)) {
      for (const record of records) {
        const sources = record.sources as { url: string; note: string }[] | undefined;
        expect(sources?.length, `${collection} ${String(record.id)}`).toBeGreaterThan(0);
        for (const source of sources ?? []) {
          expect(source.url).toMatch(/^https?:\/\//);
          expect(source.note).toMatch(/(; stated|; inferred: .+)$/);
          if (source.note.includes("; inferred: ")) inferred += 1;
        }
      }
    }
    // The constituencies placed in NELL's regions by inference say so.
    const placed = popolo.areas?.filter((area) =>
      (area.sources as { note: string }[]).some((source) => /supports parentId; inferred: /.test(source.note)),
    );
    const inferredPlacements = dataset.areas.filter((area) =>
      area.sources.some((ref) => ref.basis === "inferred" && ref.fields?.includes("parentId")),
    );
    expect(inferredPlacements.length).toBeGreaterThan(0);
    expect(placed?.map((area) => area.id)).toEqual(inferredPlacements.map((area) => area.id));
    expect(inferred).toBeGreaterThan(inferredPlacements.length);
  });

  it("names no party on any membership: the party stood for is a candidacy's, for one polling day", () => {
    const popolo = readJson("popolo.json") as { memberships: Record<string, unknown>[] };
    for (const membership of popolo.memberships) expect(membership).not.toHaveProperty("on_behalf_of_id");
  });
});
