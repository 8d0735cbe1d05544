import { z } from "zod";
import { IdSchema, NoteSchema, TextSchema, webUrlSchema } from "./_common";

/** Where in the article a fact is stated. */
export const LocatorSchema = z
  .strictObject({
    section: TextSchema.meta({
      description: "The section heading as printed, or 'Introduction' for the untitled opening section.",
    }),
    paragraph: z
      .int()
      .min(1)
      .meta({ description: "1-based paragraph within the section; bulleted lists are not counted." }),
    bullet: z.int().min(1).optional().meta({ description: "1-based bullet in the list that follows the paragraph." }),
  })
  .meta({ id: "Locator", description: "Where in the article a fact is stated." });
export type Locator = z.infer<typeof LocatorSchema>;

/** One source behind a record, or behind some of its fields. */
export const SourceRefSchema = z
  .strictObject({
    sourceId: IdSchema.meta({ description: "Id of the record in `sources`." }),
    locator: LocatorSchema.optional().meta({ description: "Required when the source is the article." }),
    url: webUrlSchema("http|https").optional().meta({
      description:
        "The address of the page the fact is on, such as a constituency's result on the UK Parliament's site.",
    }),
    note: NoteSchema.optional().meta({
      description: "Which row and column of a dataset the value was read from, or how the source came by the fact.",
    }),
    fields: z.array(TextSchema).min(1).optional().meta({
      description: "The fields this source supports; absent means the whole record.",
    }),
    basis: z.enum(["stated", "inferred"]).meta({
      description: "'stated': the source says it; 'inferred': Labour Left Data concluded it (see reason).",
    }),
    reason: NoteSchema.optional().meta({ description: "Why the inference holds; required when basis is 'inferred'." }),
  })
  .refine((ref) => ref.basis !== "inferred" || ref.reason !== undefined, {
    message: "an inferred value needs a reason",
    path: ["reason"],
  })
  .meta({ id: "SourceRef", description: "One source behind a record, or behind some of its fields." });
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const SourcesSchema = z.array(SourceRefSchema).min(1, "every record needs at least one source");
