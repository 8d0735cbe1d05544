import { z } from "zod";
import { IdSchema, TextSchema } from "./_common";
import { IdentifierSchema } from "./identifier";
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

/** A meeting or conference, or a Parliament (a legislative period, as Popolo models one). */
export const EventSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema,
    classification: z.enum(["agm-and-conference", "legislative-period"]).meta({
      description:
        "Labour Left Data's own label, not a source's: a group's AGM and conference, or a Parliament (Popolo's legislative period).",
    }),
    organizationId: IdSchema.meta({ description: "The organization that held the event, or the legislature." }),
    startDate: PartialDateSchema.meta({
      description: "When it began; for a Parliament, the day it was summoned to meet.",
    }),
    endDate: PartialDateSchema.optional().meta({
      description: "When it ended; for a Parliament, its dissolution (absent where the sources give none).",
    }),
    stateOpeningDate: PartialDateSchema.optional().meta({ description: "For a Parliament, its state opening." }),
    participants: z.array(ParticipantSchema).meta({
      description: "The people the source names as taking part; empty for a Parliament (its members are memberships).",
    }),
    participantsComplete: z.boolean().meta({
      description:
        "False when the source names only some participants ('speakers including'), and for a Parliament, whose members are not listed here.",
    }),
    identifiers: z.array(IdentifierSchema).optional(),
    sources: SourcesSchema,
  })
  .meta({
    id: "Event",
    description: "A meeting or conference, or a Parliament as a legislative period (Popolo Event).",
  });
export type Event = z.infer<typeof EventSchema>;
