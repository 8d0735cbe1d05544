import { z } from "zod";
import { IdSchema, TextSchema, webUrlSchema } from "./_common";
import { ElectionKindSchema, PollingDaySchema } from "./election";
import { SourcesSchema } from "./provenance";

/**
 * An election in one constituency on one polling day: what Democracy Club calls a ballot and the UK Parliament's
 * results service an election. Its candidates are the candidacies that name it.
 */
export const ContestSchema = z
  .strictObject({
    id: IdSchema.meta({
      description: "'ge<year>-<areaId>' for a general election, 'by<polling day>-<areaId>' for a by-election.",
    }),
    electionKind: ElectionKindSchema,
    electionDate: PollingDaySchema.meta({ description: "The polling day." }),
    organizationId: IdSchema.meta({ description: "The body the election filled a seat in (the House of Commons)." }),
    areaId: IdSchema.meta({ description: "The constituency, in the boundaries the election was fought on." }),
    legislativePeriodId: IdSchema.meta({
      description: "The Parliament the seat was filled for (an event of classification 'legislative-period').",
    }),
    electorate: z.int().min(1).meta({ description: "Electors on the register, as the source gives it." }),
    validVotes: z.int().min(0).meta({ description: "Valid votes cast: the sum of the candidates' votes." }),
    invalidVotes: z.int().min(0).meta({ description: "Ballots rejected at the count." }),
    turnout: z.number().min(0).max(1).meta({
      description:
        "Valid votes divided by the electorate, 0 to 1, to six decimals: computed by Labour Left Data (cited as inferred), not copied.",
    }),
    majority: z.int().min(0).meta({ description: "The winner's votes less the second's." }),
    resultSummary: TextSchema.meta({ description: "The source's summary, such as 'Lab hold' or 'Con gain from Lab'." }),
    declarationTime: z.iso
      .datetime()
      .optional()
      .meta({ description: "When the result was declared (UTC), where the source gives it; it does not for 2024." }),
    writDate: PollingDaySchema.optional().meta({ description: "When the writ for a by-election was issued." }),
    url: webUrlSchema("http|https")
      .optional()
      .meta({ description: "The contest's own page on the UK Parliament's election results service." }),
    sources: SourcesSchema,
  })
  .refine((contest) => contest.writDate === undefined || contest.writDate <= contest.electionDate, {
    message: "a writ is issued before its polling day",
    path: ["writDate"],
  })
  .meta({
    id: "Contest",
    description: "An election in one constituency on one polling day, general or by-election, with its totals.",
  });
export type Contest = z.infer<typeof ContestSchema>;
