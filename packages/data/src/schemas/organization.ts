import { z } from "zod";
import { IdSchema, NormalisedTextSchema, TextSchema } from "./_common";
import { IdentifierSchema, OtherNameSchema } from "./identifier";
import { SourcesSchema } from "./provenance";

/** A party, a group within it, or a body such as a legislature. */
export const OrganizationSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema.meta({
      description:
        "The name as the article gives it, without a leading 'The'; or as the source that names it gives it.",
    }),
    abbreviation: TextSchema.optional(),
    classification: z.enum(["political-party", "political-group", "legislature"]).meta({
      description: "Labour Left Data's own label, not a source's: a party, a group within a party, or a legislature.",
    }),
    scope: z
      .enum(["national", "local"])
      .optional()
      .meta({ description: "Whether the group is national or local, as the article puts it." }),
    partyId: IdSchema.optional().meta({
      description: "The party the group works within (read from its name and membership rule; cited as inferred).",
    }),
    membershipRule: NormalisedTextSchema.optional().meta({ description: "Who may join, in the source's words." }),
    coverage: z
      .strictObject({
        constituencyCount: z
          .int()
          .min(1)
          .meta({ description: "How many constituencies the source says the group covers." }),
        regionIds: z
          .array(IdSchema)
          .min(1)
          .meta({ description: "The areas (regions) the source says the group covers." }),
      })
      .optional(),
    otherNames: z.array(OtherNameSchema),
    identifiers: z.array(IdentifierSchema),
    sources: SourcesSchema,
  })
  .meta({
    id: "Organization",
    description: "A party, a group within it, or a body such as a legislature (Popolo Organization).",
  });
export type Organization = z.infer<typeof OrganizationSchema>;
