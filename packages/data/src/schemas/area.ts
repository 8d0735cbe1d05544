import { z } from "zod";
import { IdSchema } from "./_common";
import { IdentifierSchema, OtherNameSchema } from "./identifier";
import { SourcesSchema } from "./provenance";

/** A region of NELL's, or a Westminster constituency. */
export const AreaSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1).meta({
      description: "The name as the article gives it, or the official name where the article does not name the area.",
    }),
    classification: z.enum(["nell-region", "constituency"]),
    parentId: IdSchema.optional().meta({
      description: "The area that contains this one (a constituency's NELL region).",
    }),
    otherNames: z.array(OtherNameSchema),
    identifiers: z.array(IdentifierSchema),
    sources: SourcesSchema,
  })
  .meta({ id: "Area", description: "A region of NELL's, or a Westminster constituency (Popolo Area)." });
export type Area = z.infer<typeof AreaSchema>;
