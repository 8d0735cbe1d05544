import { z } from "zod";
import { NoteSchema, TextSchema } from "./_common";
import { SourcesSchema } from "./provenance";

/** The identifier schemes this dataset uses, with the format each must match. */
export const IDENTIFIER_SCHEMES = {
  "uk-parliament": {
    pattern: /^[1-9]\d*$/,
    description:
      "UK Parliament Members API id, as in https://members.parliament.uk/member/172 (also called the MNIS id).",
  },
  theyworkforyou: {
    pattern: /^[1-9]\d*$/,
    description: "TheyWorkForYou person id, the number in uk.org.publicwhip/person/10001.",
  },
  wikidata: {
    pattern: /^Q[1-9]\d*$/,
    description: "Wikidata item id (QID), as in https://www.wikidata.org/wiki/Q153454.",
  },
  gss: {
    pattern: /^[EWSNK]\d{8}$/,
    description: "ONS Government Statistical Service code, such as E14000641 for a 2010-2024 Westminster constituency.",
  },
} as const;
export type IdentifierScheme = keyof typeof IDENTIFIER_SCHEMES;

const schemeNames = Object.keys(IDENTIFIER_SCHEMES) as [IdentifierScheme, ...IdentifierScheme[]];

/** An id of this record in another dataset, with where it was found. */
export const IdentifierSchema = z
  .strictObject({
    scheme: z.enum(schemeNames).meta({ description: "Which dataset the identifier belongs to." }),
    identifier: z.string().min(1).meta({ description: "The identifier, in the scheme's own format." }),
    sources: SourcesSchema,
  })
  .superRefine((value, context) => {
    const { pattern } = IDENTIFIER_SCHEMES[value.scheme];
    if (!pattern.test(value.identifier)) {
      context.addIssue({
        code: "custom",
        path: ["identifier"],
        message: `expected a ${value.scheme} identifier matching ${pattern}, received '${value.identifier}'`,
      });
    }
  })
  .meta({ id: "Identifier", description: "An id of this record in another dataset, with where it was found." });
export type Identifier = z.infer<typeof IdentifierSchema>;

/** Another spelling of a name, so that search finds it; the display name stays the article's. */
export const OtherNameSchema = z
  .strictObject({
    name: TextSchema,
    note: NoteSchema.meta({ description: "Where this spelling is used." }),
    sources: SourcesSchema,
  })
  .meta({ id: "OtherName", description: "Another spelling of a name, with where it is used." });
export type OtherName = z.infer<typeof OtherNameSchema>;
