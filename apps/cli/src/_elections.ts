import { dataset } from "@labour-left/data";
import { CliError } from "./_errors";

/** An election asked for on the command line: a year (every polling day in it) or one polling day. */
export interface ElectionChoice {
  readonly matches: (pollingDay: string) => boolean;
  /** The day to find places on: the polling day, or the year's last polling day in the data. */
  readonly day: string;
  readonly label: string;
}

/** `2024` or `2024-07-04`; anything else is a usage error that says what was expected. */
export function parseElection(value: string, flag = "--election"): ElectionChoice {
  if (/^\d{4}$/.test(value)) {
    const days = [...new Set(dataset.contests.map((contest) => contest.electionDate))]
      .filter((day) => day.startsWith(value))
      .sort();
    return {
      matches: (pollingDay) => pollingDay.startsWith(value),
      day: days.at(-1) ?? `${value}-07-01`,
      label: value,
    };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    return { matches: (pollingDay) => pollingDay === value, day: value, label: value };
  }
  throw new CliError(`${flag} expects a year (2024) or a polling day (2024-07-04); received '${value}'`, 2);
}

/** Today, as the day on which "now" is asked. */
export const today = (): string => new Date().toISOString().slice(0, 10);
