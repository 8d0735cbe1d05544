import { z } from "zod";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function isRealPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = monthNumber === 2 && isLeapYear(Number(year)) ? 29 : (DAYS_IN_MONTH[monthNumber - 1] ?? 31);
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

/** A date known to the year, the month or the day: `2020`, `2020-09` or `2020-09-21`. */
export const PartialDateSchema = z
  .string()
  .refine(isRealPartialDate, { message: "expected a real date as YYYY, YYYY-MM or YYYY-MM-DD" })
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
