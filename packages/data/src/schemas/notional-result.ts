import { z } from "zod";
import { IdSchema, TextSchema } from "./_common";
import { PollingDaySchema } from "./election";
import { SourcesSchema } from "./provenance";

/** One party's estimated votes in a notional result. */
export const NotionalVotesSchema = z
  .strictObject({
    label: TextSchema.meta({ description: "The party as the estimate names it ('Independent' for independents)." }),
    partyId: IdSchema.optional().meta({ description: "The party's record, where the estimate gives a party id." }),
    independent: z.boolean(),
    votes: z.int().min(0).meta({ description: "Estimated votes." }),
  })
  .meta({ id: "NotionalVotes", description: "One party's estimated votes in a notional result." });
export type NotionalVotes = z.infer<typeof NotionalVotesSchema>;

/**
 * An election result estimated for boundaries it was not fought on: the 2019 general election as if held in a
 * constituency of 2024. An estimate by party, not a contest: no candidate stood in it.
 */
export const NotionalResultSchema = z
  .strictObject({
    id: IdSchema,
    areaId: IdSchema.meta({ description: "The constituency (2024 boundaries) the estimate is for." }),
    electionDate: PollingDaySchema.meta({ description: "The polling day of the election estimated." }),
    estimate: z.literal(true).meta({ description: "Always true: these figures are estimates, not a count." }),
    electorate: z.int().min(1),
    validVotes: z.int().min(0),
    turnout: z.number().min(0).max(1).meta({ description: "As the source gives it (a percentage), divided by 100." }),
    majority: z.int().min(0),
    results: z.array(NotionalVotesSchema).min(1).meta({ description: "Votes by party, most first." }),
    sources: SourcesSchema,
  })
  .meta({
    id: "NotionalResult",
    description:
      "The 2019 general election's result estimated on a constituency of 2024, by party (an estimate, not a contest).",
  });
export type NotionalResult = z.infer<typeof NotionalResultSchema>;
