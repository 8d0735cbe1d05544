// Real dates only, in a pattern that JSON Schema can carry too: months 01-12, days that exist in their month, and 29
// February in leap years (divisible by 4, and by 400 for a century). Kept apart from zod, for the queries' checks.
const DAY_OF_ANY_YEAR =
  "(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)";
const LEAP_YEAR = "(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";

/** `2020`, `2020-09` or `2020-09-21`, for a date that exists. */
export const REAL_PARTIAL_DATE = new RegExp(
  `^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|\\d{4}-${DAY_OF_ANY_YEAR}|${LEAP_YEAR}-02-29)$`,
);
