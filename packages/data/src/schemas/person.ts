import { z } from "zod";
import { IdSchema, TextSchema } from "./_common";
import { IdentifierSchema, OtherNameSchema } from "./identifier";
import { SourcesSchema } from "./provenance";

/** A person the article names, with nothing beyond the public role in which it names them. */
export const PersonSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema.meta({ description: "The name as the article gives it." }),
    otherNames: z.array(OtherNameSchema),
    identifiers: z.array(IdentifierSchema),
    sources: SourcesSchema,
  })
  .meta({
    id: "Person",
    description: "A person the article names (Popolo Person). No personal data beyond their public role.",
  });
export type Person = z.infer<typeof PersonSchema>;
