import { z } from "zod";
import { IdSchema, NoteSchema, TextSchema, webUrlSchema } from "./_common";
import { PartialDateSchema } from "./partial-date";
import { LocatorSchema } from "./provenance";

/** A passage the source refers to but does not contain. */
export const OmissionSchema = z.strictObject({
  locator: LocatorSchema,
  description: NoteSchema,
});

/** A document or dataset that records cite. */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(["article", "dataset"]).meta({
      description: "'article': the primary source; 'dataset': a reference dataset used for identifiers and places.",
    }),
    title: TextSchema,
    titleBasis: z
      .enum(["stated", "derived"])
      .meta({ description: "'derived' when the title is not printed in the source (e.g. read from its address)." }),
    publisher: TextSchema,
    url: webUrlSchema("http|https").optional().meta({
      description: "The article's address; for a dataset, the address of the file that was read, at its commit.",
    }),
    published: PartialDateSchema.optional().meta({
      description:
        "When the article was published; for a dataset, the date its data is about (such as a polling day), which its notes explain.",
    }),
    language: z
      .string()
      .max(35, { error: "expected a language tag such as en-GB", abort: true })
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "expected a language tag such as en-GB")
      .optional(),
    license: TextSchema.optional().meta({ description: "The licence the source states, if any." }),
    copyUsed: TextSchema.optional().meta({ description: "The copy that was read: repository, path and commit." }),
    notes: z.array(NoteSchema),
    omissions: z
      .array(OmissionSchema)
      .meta({ description: "What the source refers to but does not contain: known gaps, not filled in." }),
  })
  .meta({ id: "Source", description: "A document or dataset that records cite." });
export type Source = z.infer<typeof SourceSchema>;
