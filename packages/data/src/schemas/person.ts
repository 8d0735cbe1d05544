import { z } from "zod";
import { IdSchema, TextSchema, webUrlSchema } from "./_common";
import { IdentifierSchema, OtherNameSchema } from "./identifier";
import { DaySchema } from "./partial-date";
import { SourcesSchema } from "./provenance";

/** A member's first speech in the House of Commons, as the UK Parliament's data records it. */
export const MaidenSpeechSchema = z
  .strictObject({
    date: DaySchema.meta({ description: "The day of the speech." }),
    hansardReference: TextSchema.meta({ description: "The Hansard reference, such as 'vol 44 cc855-9'." }),
    url: webUrlSchema("https").meta({ description: "The speech in Hansard." }),
    sources: SourcesSchema,
  })
  .meta({ id: "MaidenSpeech", description: "A member's first speech in the House of Commons." });
export type MaidenSpeech = z.infer<typeof MaidenSpeechSchema>;

/** A person the article names, with nothing beyond the public role in which it names them. */
export const PersonSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema.meta({ description: "The name as the article gives it." }),
    otherNames: z.array(OtherNameSchema),
    identifiers: z.array(IdentifierSchema),
    maidenSpeech: MaidenSpeechSchema.optional().meta({
      description:
        "For a member of the House of Commons: their maiden speech, where the UK Parliament's data gives it.",
    }),
    sources: SourcesSchema,
  })
  .meta({
    id: "Person",
    description: "A person the article names (Popolo Person). No personal data beyond their public role.",
  });
export type Person = z.infer<typeof PersonSchema>;
