import { CliError } from "./_errors";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Checks a date given on the command line: YYYY, YYYY-MM or YYYY-MM-DD, and one that exists. */
export function checkPartialDate(value: string, flag: string): string {
  const match = PARTIAL_DATE.exec(value);
  const [, year, month, day] = match ?? [];
  const monthOk = month === undefined || (Number(month) >= 1 && Number(month) <= 12);
  const lastDay = month === undefined ? 31 : new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const dayOk = day === undefined || (Number(day) >= 1 && Number(day) <= lastDay);
  if (!match || !monthOk || !dayOk)
    throw new CliError(`${flag} expects a date as YYYY, YYYY-MM or YYYY-MM-DD; received '${value}'`, 2);
  return value;
}
