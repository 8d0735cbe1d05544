import { z } from "zod";
import { IdSchema, NoteSchema, TextSchema } from "./_common";
import { DaySchema, EndDateSchema, PartialDateSchema, StartDateSchema } from "./partial-date";
import { SourcesSchema } from "./provenance";

/** A person's membership of an organization, dated as far as the sources allow. */
export const MembershipSchema = z
  .strictObject({
    id: IdSchema,
    personId: IdSchema,
    organizationId: IdSchema,
    postId: IdSchema.optional().meta({ description: "The post held, for a seat such as MP for a constituency." }),
    role: TextSchema,
    legislativePeriodId: IdSchema.optional().meta({
      description:
        "For a Commons seat, the Parliament it was held in (an event of classification 'legislative-period').",
    }),
    startDate: StartDateSchema,
    latestStartDate: DaySchema.optional().meta({
      description:
        "Where startDate is known only to the month or year: the latest day on which the membership can have begun, an inferred bound whose reason its citation gives.",
    }),
    endDate: EndDateSchema,
    asOf: PartialDateSchema.optional().meta({
      description: "A date on which a source states the membership held, when its start or end is unknown.",
    }),
    startReason: NoteSchema.optional(),
    endReason: NoteSchema.optional(),
    sources: SourcesSchema,
  })
  .refine(
    (membership) =>
      membership.latestStartDate === undefined ||
      (membership.startDate !== "unknown" && membership.latestStartDate.startsWith(membership.startDate)),
    { message: "latestStartDate must fall within startDate", path: ["latestStartDate"] },
  )
  .meta({
    id: "Membership",
    description: "A person's membership of an organization, dated as far as the sources allow (Popolo Membership).",
  });
export type Membership = z.infer<typeof MembershipSchema>;
