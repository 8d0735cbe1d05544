import { z } from "zod";
import { IdSchema, TextSchema } from "./_common";
import { PartialDateSchema } from "./partial-date";
import { SourcesSchema } from "./provenance";

/** A polling day, always known to the day. */
const PollingDaySchema = PartialDateSchema.regex(/^\d{4}-\d{2}-\d{2}$/, "expected a polling day as YYYY-MM-DD");

/**
 * One person standing in one constituency at one election, with the result the source gives. The party belongs
 * here, to the polling day, and says nothing about the days before or after it.
 */
export const CandidacySchema = z
  .strictObject({
    id: IdSchema,
    personId: IdSchema,
    electionKind: z.enum(["general"]).meta({ description: "'general': a general election to the House of Commons." }),
    electionDate: PollingDaySchema.meta({ description: "The polling day." }),
    organizationId: IdSchema.meta({ description: "The body the election filled seats in (the House of Commons)." }),
    areaId: IdSchema.meta({ description: "The constituency, in the boundaries the election was fought on." }),
    partyId: IdSchema.optional().meta({
      description: "The party the person stood for on the polling day; absent when they stood as an independent.",
    }),
    adjunctPartyId: IdSchema.optional().meta({
      description:
        "A second party of a joint candidacy (Labour and Co-operative): the person stood for both on the polling day.",
    }),
    independent: z.boolean().meta({ description: "true where the person stood without a party." }),
    votes: z.int().min(0),
    voteShare: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: "Share of the valid votes, 0 to 1, as the source gives it." }),
    voteShareChange: z.number().min(-1).max(1).optional().meta({
      description:
        "Change in share against the previous election in the constituency (notional where boundaries changed); absent where the source has none.",
    }),
    majority: z
      .int()
      .min(0)
      .optional()
      .meta({ description: "The winner's majority; the source gives it only to the winner." }),
    position: z.int().min(1).meta({ description: "Place in the result; 1 is the winner." }),
    elected: z.boolean(),
    resultSummary: TextSchema.meta({
      description: "The source's summary of the constituency's result, such as 'Lab hold' or 'Ind gain from Lab'.",
    }),
    sources: SourcesSchema,
  })
  .refine((candidacy) => candidacy.independent === (candidacy.partyId === undefined), {
    message: "a candidacy has a partyId exactly when it is not independent",
    path: ["partyId"],
  })
  .refine((candidacy) => candidacy.adjunctPartyId === undefined || candidacy.partyId !== undefined, {
    message: "an adjunctPartyId needs a partyId",
    path: ["adjunctPartyId"],
  })
  .refine((candidacy) => candidacy.elected === (candidacy.position === 1), {
    message: "elected must be true exactly when position is 1",
    path: ["elected"],
  })
  .meta({
    id: "Candidacy",
    description:
      "One person standing in one constituency at one election, with the source's result. The party is a fact about the polling day only.",
  });
export type Candidacy = z.infer<typeof CandidacySchema>;
