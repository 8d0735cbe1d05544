import { z } from "zod";
import { IdSchema, TextSchema } from "./_common";
import { ElectionKindSchema, PollingDaySchema } from "./election";
import { OtherNameSchema } from "./identifier";
import { SourcesSchema } from "./provenance";

/**
 * One candidate standing in one contest, with the result the source gives. The party belongs here, to the polling
 * day, and says nothing about the days before or after it. A candidate the records do not otherwise cover is a
 * name, a party and a result, nothing more.
 */
export const CandidacySchema = z
  .strictObject({
    id: IdSchema.meta({
      description:
        "'<election>-<personId>' for a person in the records (ge2019-jeremy-corbyn, by2012-11-29-andy-mcdonald); '<contestId>-<position>' for any other candidate.",
    }),
    contestId: IdSchema.meta({ description: "The contest: one constituency, one polling day." }),
    personId: IdSchema.optional().meta({
      description: "The person's record, for the people the records cover (matched by UK Parliament member id).",
    }),
    name: TextSchema.meta({
      description: "The candidate's name as the source gives it: its given name and family name, joined by a space.",
    }),
    givenName: TextSchema.meta({ description: "The given name as the source gives it." }),
    familyName: TextSchema.meta({ description: "The family name as the source gives it." }),
    otherNames: z.array(OtherNameSchema).optional().meta({
      description: "Spellings of the name in other sources that disagree with the one kept, each with its source.",
    }),
    electionKind: ElectionKindSchema,
    electionDate: PollingDaySchema.meta({ description: "The polling day (the contest's)." }),
    organizationId: IdSchema.meta({ description: "The body the election filled seats in (the House of Commons)." }),
    areaId: IdSchema.meta({ description: "The constituency (the contest's), in the boundaries it was fought on." }),
    partyId: IdSchema.optional().meta({
      description: "The party the candidate stood for on the polling day; absent when they stood as an independent.",
    }),
    adjunctPartyId: IdSchema.optional().meta({
      description:
        "A second party of a joint candidacy (Labour and Co-operative): the candidate stood for both on the polling day.",
    }),
    independent: z.boolean().meta({ description: "true where the candidate stood without a party." }),
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
      .meta({ description: "The winner's majority over the second; given to the winner only." }),
    position: z.int().min(1).meta({ description: "Place in the result; 1 is the winner." }),
    elected: z.boolean(),
    resultSummary: TextSchema.meta({
      description: "The source's summary of the contest's result, such as 'Lab hold' or 'Ind gain from Lab'.",
    }),
    memberId: z
      .string()
      .regex(/^[1-9]\d*$/, "expected a UK Parliament member id such as 172")
      .optional()
      .meta({ description: "The candidate's UK Parliament member (MNIS) id, where the source gives one." }),
    democracyClubId: z
      .string()
      .regex(/^[1-9]\d*$/, "expected a Democracy Club person id such as 4754")
      .optional()
      .meta({ description: "The candidate's Democracy Club person id, where the source gives one." }),
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
      "One candidate standing in one contest, with the source's result. The party is a fact about the polling day only.",
  });
export type Candidacy = z.infer<typeof CandidacySchema>;
