import { z } from "zod";

// Real dates only, in a pattern JSON Schema can carry: months 01-12, days that exist in their month, and 29
// February in leap years (divisible by 4, and by 400 for a century).
const DAY_OF_ANY_YEAR =
  "(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)";
const LEAP_YEAR = "(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const REAL_PARTIAL_DATE = new RegExp(
  `^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|\\d{4}-${DAY_OF_ANY_YEAR}|${LEAP_YEAR}-02-29)$`,
);

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
