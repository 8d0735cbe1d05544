import { z } from "zod";
import { COLLECTION_NAMES } from "../vocabulary";
import { IdSchema, NoteSchema, TextSchema } from "./_common";
import { LocatorSchema, SourcesSchema } from "./provenance";

export type { CollectionName } from "../vocabulary";
export { COLLECTION_NAMES };

/** Where a source is wrong: its words are kept in the records, and the correction stands here. */
export const ErratumSchema = z
  .strictObject({
    id: IdSchema,
    sourceId: IdSchema.meta({ description: "The source that is wrong." }),
    locator: LocatorSchema,
    sourceSays: TextSchema.meta({ description: "The source's words, kept as they are in the records." }),
    correction: NoteSchema.meta({ description: "What is right." }),
    subject: z
      .strictObject({
        collection: z.enum(COLLECTION_NAMES),
        id: IdSchema,
        field: TextSchema.meta({
          description: "The field that keeps the source's words, as a path within the record.",
        }),
      })
      .meta({ description: "The record that keeps the source's words." }),
    evidence: SourcesSchema.meta({ description: "The sources that show the correction." }),
  })
  .meta({ id: "Erratum", description: "Where a source is wrong: what it says, what is right, and the evidence." });
export type Erratum = z.infer<typeof ErratumSchema>;
