import { z } from "zod";
import { IDENTIFIER_SCHEMES, type IdentifierScheme } from "../vocabulary";
import { NoteSchema, TextSchema } from "./_common";
import { SourcesSchema } from "./provenance";

export type { IdentifierScheme };
export { IDENTIFIER_SCHEMES };

const schemeNames = Object.keys(IDENTIFIER_SCHEMES) as [IdentifierScheme, ...IdentifierScheme[]];

/** An id of this record in another dataset, with where it was found. */
export const IdentifierSchema = z
  .strictObject({
    scheme: z.enum(schemeNames).meta({ description: "Which dataset the identifier belongs to." }),
    identifier: z.string().min(1).max(200).meta({ description: "The identifier, in the scheme's own format." }),
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
