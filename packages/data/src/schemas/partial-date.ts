import { z } from "zod";
import { REAL_PARTIAL_DATE } from "../_partial-date-pattern";

/** A date known to the year, the month or the day: `2020`, `2020-09` or `2020-09-21`. */
export const PartialDateSchema = z
  .string()
  .regex(REAL_PARTIAL_DATE, "expected a real date as YYYY, YYYY-MM or YYYY-MM-DD")
  .meta({
    description:
      "A date known to the year, the month or the day: 2020, 2020-09 or 2020-09-21. Never padded with an invented day.",
    examples: ["2020", "2020-09", "2020-09-21"],
  });
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** When something began: a partial date, or `unknown` when no source says. */
// The literals come first: a literal that does not match costs far less than a failed date refinement.
export const StartDateSchema = z.union([z.literal("unknown"), PartialDateSchema]).meta({
  description: "When it began: a partial date, or 'unknown' when no source says.",
});
export type StartDate = z.infer<typeof StartDateSchema>;

/** When something ended: a partial date, `ongoing` when a source says it continues, or `unknown`. */
export const EndDateSchema = z.union([z.literal("ongoing"), z.literal("unknown"), PartialDateSchema]).meta({
  description:
    "When it ended: a partial date; 'ongoing' only where a source says it continues; 'unknown' where no source says whether or when it ended.",
});
export type EndDate = z.infer<typeof EndDateSchema>;

/** A date known to the day: `2020-09-21`. */
export const DaySchema = PartialDateSchema.regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD");
