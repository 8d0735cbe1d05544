import { z } from "zod";
import { IdSchema, NoteSchema, TextSchema } from "./_common";
import { EndDateSchema, PartialDateSchema, StartDateSchema } from "./partial-date";
import { SourcesSchema } from "./provenance";

/** A person's membership of an organization, dated as far as the sources allow. */
export const MembershipSchema = z
  .strictObject({
    id: IdSchema,
    personId: IdSchema,
    organizationId: IdSchema,
    postId: IdSchema.optional().meta({ description: "The post held, for a seat such as MP for a constituency." }),
    role: TextSchema,
    startDate: StartDateSchema,
    endDate: EndDateSchema,
    asOf: PartialDateSchema.optional().meta({
      description: "A date on which a source states the membership held, when its start or end is unknown.",
    }),
    startReason: NoteSchema.optional(),
    endReason: NoteSchema.optional(),
    sources: SourcesSchema,
  })
  .meta({
    id: "Membership",
    description: "A person's membership of an organization, dated as far as the sources allow (Popolo Membership).",
  });
export type Membership = z.infer<typeof MembershipSchema>;
