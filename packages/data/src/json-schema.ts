import { z } from "zod";
import { addJsonSchemaRules, BEYOND_JSON_SCHEMA } from "./_json-schema-rules";
import { COLLECTION_SCHEMAS, DatasetSchema } from "./schemas/dataset";

const ENTITY_FILE_NAMES = {
  sources: "source",
  organizations: "organization",
  people: "person",
  memberships: "membership",
  posts: "post",
  areas: "area",
  events: "event",
  statements: "statement",
  candidacies: "candidacy",
  errata: "erratum",
} as const;

/**
 * JSON Schema (draft 2020-12) for the whole dataset and for each entity, keyed by file name.
 * @example toJsonSchemas().person.title // "Person"
 */
export function toJsonSchemas(): Record<string, Record<string, unknown>> {
  const schemas: Record<string, Record<string, unknown>> = { dataset: toTitledJsonSchema(DatasetSchema, "Dataset") };
  for (const [collection, fileName] of Object.entries(ENTITY_FILE_NAMES)) {
    const title = fileName.charAt(0).toUpperCase() + fileName.slice(1);
    schemas[fileName] = toTitledJsonSchema(COLLECTION_SCHEMAS[collection as keyof typeof COLLECTION_SCHEMAS], title);
  }
  return schemas;
}

function toTitledJsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  const { $schema, description, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    unrepresentable: "any",
    override: addJsonSchemaRules,
  });
  const beyond = `JSON Schema cannot express every rule of the dataset; validateDataset (in @labour-left/data/schemas) also checks that ${BEYOND_JSON_SCHEMA.join("; ")}.`;
  return { $schema, title, description: description === undefined ? beyond : `${description} ${beyond}`, ...rest };
}
