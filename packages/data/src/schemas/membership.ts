import { z } from "zod";
import { IdSchema } from "./_common";
import { EndDateSchema, PartialDateSchema, StartDateSchema } from "./partial-date";
import { SourcesSchema } from "./provenance";

/** A person's membership of an organization, dated as far as the sources allow. */
export const MembershipSchema = z
  .strictObject({
    id: IdSchema,
    personId: IdSchema,
    organizationId: IdSchema,
    postId: IdSchema.optional().meta({ description: "The post held, for a seat such as MP for a constituency." }),
    role: z.string().min(1),
    startDate: StartDateSchema,
    endDate: EndDateSchema,
    asOf: PartialDateSchema.optional().meta({
      description: "A date on which a source states the membership held, when its start or end is unknown.",
    }),
    startReason: z.string().min(1).optional(),
    endReason: z.string().min(1).optional(),
    sources: SourcesSchema,
  })
  .meta({
    id: "Membership",
    description: "A person's membership of an organization, dated as far as the sources allow (Popolo Membership).",
  });
export type Membership = z.infer<typeof MembershipSchema>;
