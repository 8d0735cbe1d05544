import { z } from "zod";
import { STATEMENT_KINDS } from "../vocabulary";
import { IdSchema, NormalisedTextSchema, NoteSchema } from "./_common";
import { PartialDateSchema } from "./partial-date";
import { SourcesSchema } from "./provenance";
import { TopicSchema } from "./topic";

export type { StatementKind } from "../vocabulary";
export { STATEMENT_KINDS };

/** Text a group, a person or the article itself wrote or said, kept word for word. */
export const StatementSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(STATEMENT_KINDS).meta({
      description:
        "Labour Left Data's own label, not the source's: a priority, a right, an aim, a campaign or group description, or a quotation.",
    }),
    text: NormalisedTextSchema.meta({
      description: "The source's words, with whitespace normalised; never paraphrased.",
    }),
    position: z.int().min(1).meta({ description: "Order among the author's statements of this kind in the source." }),
    authorOrganizationId: IdSchema.optional().meta({
      description: "The group that wrote it (exactly one author is set).",
    }),
    authorPersonId: IdSchema.optional().meta({ description: "The person who said it (exactly one author is set)." }),
    authorSourceId: IdSchema.optional().meta({
      description:
        "The source whose own words these are, such as the article describing a group (exactly one author is set).",
    }),
    aboutOrganizationIds: z.array(IdSchema).min(1).optional().meta({
      description: "The groups the words describe, where the author is not the group itself.",
    }),
    context: NoteSchema.optional().meta({ description: "The source's words introducing the statement." }),
    date: PartialDateSchema.optional().meta({ description: "When it was said, where the source gives it." }),
    note: NoteSchema.optional().meta({ description: "An editorial note on how the text was taken from the source." }),
    topics: z.array(TopicSchema).meta({ description: "Labour Left Data's own classification, not the source's." }),
    sources: SourcesSchema,
  })
  .refine(
    (statement) =>
      [statement.authorOrganizationId, statement.authorPersonId, statement.authorSourceId].filter(
        (author) => author !== undefined,
      ).length === 1,
    {
      message: "a statement needs exactly one author: authorOrganizationId, authorPersonId or authorSourceId",
      path: ["authorOrganizationId"],
    },
  )
  .meta({
    id: "Statement",
    description: "Text a group, a person or the article wrote or said, kept word for word (whitespace normalised).",
  });
export type Statement = z.infer<typeof StatementSchema>;
