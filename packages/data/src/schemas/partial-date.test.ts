import { describe, expect, it } from "vitest";
import { EndDateSchema, PartialDateSchema, StartDateSchema } from "./partial-date";

describe("partial dates", () => {
  it("accepts a year, a month or a day that exist", () => {
    for (const date of ["2020", "2020-09", "2020-09-21", "2020-02-29"])
      expect(PartialDateSchema.safeParse(date).success, date).toBe(true);
  });

  it("rejects dates that do not exist or are not partial dates", () => {
    for (const date of ["2021-02-29", "2020-13", "2020-00", "2020-9", "20", "2020-09-21T00:00", "", "unknown"]) {
      expect(PartialDateSchema.safeParse(date).success, date).toBe(false);
    }
  });

  it("accepts exactly the days a calendar has, in leap years and centuries too", () => {
    for (const year of [1900, 1999, 2000, 2019, 2020, 2023, 2024, 2100, 2400]) {
      for (let month = 1; month <= 12; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && day > 0;
          expect(PartialDateSchema.safeParse(text).success, text).toBe(real);
        }
      }
    }
  });

  it("says unknown and ongoing in words, and ongoing only of an end", () => {
    expect(StartDateSchema.safeParse("unknown").success).toBe(true);
    expect(StartDateSchema.safeParse("ongoing").success).toBe(false);
    expect(EndDateSchema.safeParse("ongoing").success).toBe(true);
    expect(EndDateSchema.safeParse("unknown").success).toBe(true);
  });
});
