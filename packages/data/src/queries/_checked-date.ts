import { REAL_PARTIAL_DATE } from "../_partial-date-pattern";

/**
 * A date argument, checked: a query given `21/09/2020` throws instead of silently finding nothing.
 * @throws RangeError naming the option and the value received
 */
export function checkedDate(value: string, option: string): string {
  if (typeof value !== "string" || !REAL_PARTIAL_DATE.test(value)) {
    throw new RangeError(`${option} expects a date as YYYY, YYYY-MM or YYYY-MM-DD; received ${JSON.stringify(value)}`);
  }
  return value;
}
