import type { z } from "zod";
import { CandidacySchema } from "./schemas/candidacy";
import { IDENTIFIER_SCHEMES, IdentifierSchema } from "./schemas/identifier";
import { SourceRefSchema } from "./schemas/provenance";
import { StatementSchema } from "./schemas/statement";

type JsonSchema = Record<string, unknown>;

const ifThen = (condition: JsonSchema, then: JsonSchema): JsonSchema => ({ if: condition, then });
const property = (name: string, schema: JsonSchema): JsonSchema => ({
  properties: { [name]: schema },
  required: [name],
});

// The zod schemas' refinements, said again in JSON Schema, so that a JSON Schema validator is as strict as
// validateDataset wherever JSON Schema can say it.
const RULES = new Map<z.ZodType, JsonSchema>([
  [
    IdentifierSchema,
    {
      allOf: Object.entries(IDENTIFIER_SCHEMES).map(([scheme, { pattern }]) =>
        ifThen(property("scheme", { const: scheme }), { properties: { identifier: { pattern: pattern.source } } }),
      ),
    },
  ],
  [
    SourceRefSchema,
    {
      allOf: [ifThen(property("basis", { const: "inferred" }), { required: ["reason"] })],
    },
  ],
  [
    StatementSchema,
    {
      oneOf: [
        { required: ["authorOrganizationId"] },
        { required: ["authorPersonId"] },
        { required: ["authorSourceId"] },
      ],
    },
  ],
  [
    CandidacySchema,
    {
      allOf: [
        ifThen(property("independent", { const: true }), { not: { required: ["partyId"] } }),
        ifThen(property("independent", { const: false }), { required: ["partyId"] }),
        ifThen({ not: { required: ["partyId"] } }, { not: { required: ["adjunctPartyId"] } }),
        ifThen(property("position", { const: 1 }), { properties: { elected: { const: true } } }),
        ifThen({ not: property("position", { const: 1 }) }, { properties: { elected: { const: false } } }),
      ],
    },
  ],
]);

/** What validateDataset checks and JSON Schema cannot say: stated in the dataset schema's description. */
export const BEYOND_JSON_SCHEMA = [
  "ids are unique within each collection",
  "every id a record refers to exists in the collection it names",
  "nothing ends before it starts, and a membership's asOf lies between its start and end",
  "every citation names a source that exists, and a citation of the article has a locator",
  "a citation's fields exist on the record it cites",
  "an erratum's subject keeps the source's words it quotes",
];

/** For `z.toJSONSchema`'s `override`: adds the rule of each schema that has one. */
export function addJsonSchemaRules(context: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const rule = RULES.get(context.zodSchema as z.ZodType);
  if (rule === undefined) return;
  const { properties, ...rest } = rule;
  if (properties !== undefined) {
    const existing = (context.jsonSchema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [name, extra] of Object.entries(properties as Record<string, JsonSchema>)) {
      existing[name] = { ...existing[name], ...extra };
    }
  }
  Object.assign(context.jsonSchema, rest);
}
