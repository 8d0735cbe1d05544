import { z } from "zod";
import { IdSchema, TextSchema } from "./_common";
import { PartialDateSchema } from "./partial-date";
import { SourcesSchema } from "./provenance";

/** Someone who took part in an event, introduced as the source introduces them. */
export const ParticipantSchema = z
  .strictObject({
    personId: IdSchema,
    role: z.enum(["speaker"]),
    introducedAs: TextSchema.meta({
      description: "The role by which the article introduces the person, in its words.",
    }),
    sources: SourcesSchema,
  })
  .meta({ id: "Participant", description: "Someone who took part in an event." });
export type Participant = z.infer<typeof ParticipantSchema>;

/** A meeting or conference. */
export const EventSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema,
    classification: z.enum(["agm-and-conference"]),
    organizationId: IdSchema.meta({ description: "The organization that held the event." }),
    startDate: PartialDateSchema,
    endDate: PartialDateSchema.optional(),
    participants: z.array(ParticipantSchema),
    participantsComplete: z
      .boolean()
      .meta({ description: "False when the source names only some participants ('speakers including')." }),
    sources: SourcesSchema,
  })
  .meta({ id: "Event", description: "A meeting or conference (Popolo Event)." });
export type Event = z.infer<typeof EventSchema>;
