import { beforeAll, describe, expect, it } from "vitest";
import { groupsOf, membersOf, representativesOf } from "../src/index";
import { addDays, areaWithGss, personWithMemberId, type Row, readResults, sourceInstant, ukDay } from "./_results";
import { referenceAvailable, SKIP_NO_REFERENCE, sharedSuiteTitle } from "./_shared";

/** A seat as the reference shows it, worked out here from the rows alone. */
interface ExpectedSeat {
  readonly personId: string;
  readonly areaId: string;
  /** The first day the seat certainly held: the declaration day, or the day after the poll where none is given. */
  readonly first: string;
  /** The dissolution of its Parliament; none while the Parliament has no dissolution in the reference. */
  readonly last: string | undefined;
}

const TODAY = new Date().toISOString().slice(0, 10);

function expectedSeats(general: Row[], byContests: Row[], byCandidacies: Row[], periods: Row[]): ExpectedSeat[] {
  const dissolution = new Map(periods.map((row) => [row.parliament_number, row.dissolved_on || undefined]));
  const seats: ExpectedSeat[] = [];
  for (const row of general.filter((candidate) => candidate.candidate_result_position === "1")) {
    const person = personWithMemberId(row.candidate_mnis_id ?? "");
    if (!person) continue;
    const poll = row.general_election_polling_date ?? "";
    seats.push({
      personId: person.id,
      areaId: areaWithGss(row.constituency_geographic_code ?? "").id,
      first: row.declaration_time ? ukDay(sourceInstant(row.declaration_time)) : addDays(poll, 1),
      last: dissolution.get(row.parliament_number),
    });
  }
  for (const contest of byContests) {
    const winner = byCandidacies.find(
      (row) =>
        row.polling_date === contest.polling_date &&
        row.candidate_given_name === contest.winner_given_name &&
        row.candidate_family_name === contest.winner_family_name,
    );
    const person = personWithMemberId(winner?.candidate_mnis_id ?? "");
    if (!person) continue;
    seats.push({
      personId: person.id,
      areaId: areaWithGss(contest.constituency_gss ?? "").id,
      first: addDays(contest.polling_date ?? "", 1),
      last: dissolution.get(contest.parliament_number),
    });
  }
  return seats;
}

const holds = (seat: ExpectedSeat, day: string): boolean =>
  seat.first <= day && (seat.last === undefined || day <= seat.last);

function daysAround(day: string, before: number, after: number): string[] {
  return Array.from({ length: before + after + 1 }, (_, index) => addDays(day, index - before));
}

describe.skipIf(!referenceAvailable)(
  sharedSuiteTitle("who sat in the Commons on each day, 2010 to now", referenceAvailable, SKIP_NO_REFERENCE),
  () => {
    let seats: ExpectedSeat[];
    let days: string[];

    beforeAll(() => {
      const general = readResults("general_election_candidacies.csv");
      const byContests = readResults("by_election_contests.csv");
      const periods = readResults("parliament_periods.csv");
      seats = expectedSeats(general, byContests, readResults("by_election_candidacies.csv"), periods);
      const polls = new Set([
        ...general.map((row) => row.general_election_polling_date ?? ""),
        ...byContests.map((row) => row.polling_date ?? ""),
      ]);
      const dissolutions = periods.map((row) => row.dissolved_on).filter((day): day is string => Boolean(day));
      const monthly: string[] = [];
      for (let day = "2010-01-01"; day <= TODAY; day = addDays(day, 1)) if (day.endsWith("-01")) monthly.push(day);
      days = [
        ...new Set([
          ...[...polls].flatMap((poll) => daysAround(poll, 3, 12)),
          ...dissolutions.flatMap((day) => daysAround(day, 3, 3)),
          ...monthly,
          TODAY,
        ]),
      ].sort();
    });

    it("has a seat for every win of a person in the records, by-elections included", () => {
      expect(seats.length).toBeGreaterThan(100);
      expect(seats.filter((seat) => seat.first.startsWith("2012-11") || seat.first.startsWith("2013-05"))).toHaveLength(
        2,
      );
    });

    it("answers membersOf the House of Commons day by day around every poll and dissolution, and monthly to today", () => {
      for (const day of days) {
        const expected = seats
          .filter((seat) => holds(seat, day))
          .map((seat) => seat.personId)
          .sort();
        const found = membersOf("house-of-commons", { on: day })
          .map((member) => member.person.id)
          .sort();
        expect(found, day).toEqual(expected);
      }
    });

    it("answers representativesOf each constituency on those days, never with two seats at once", () => {
      const areaIds = [...new Set(seats.map((seat) => seat.areaId))];
      for (const day of days) {
        for (const areaId of areaIds) {
          const expected = seats
            .filter((seat) => seat.areaId === areaId && holds(seat, day))
            .map((seat) => seat.personId);
          const found = representativesOf(areaId as never, { on: day }).map((seat) => seat.person.id);
          expect(found, `${areaId} ${day}`).toEqual(expected);
        }
      }
    });

    it("answers groupsOf with the House of Commons exactly on the days a person held a seat", () => {
      const people = [...new Set(seats.map((seat) => seat.personId))];
      for (const day of days) {
        for (const personId of people) {
          const expected = seats.some((seat) => seat.personId === personId && holds(seat, day));
          const groups = groupsOf(personId as never, { on: day }).map((group) => group.id);
          expect(groups.includes("house-of-commons"), `${personId} ${day}`).toBe(expected);
        }
      }
    });

    it("finds the by-election winners and the members of 2024 on the days the issue named", () => {
      const on2013 = membersOf("house-of-commons", { on: "2013-06-01" }).map((member) => member.person.id);
      expect(on2013).toEqual(expect.arrayContaining(["andy-mcdonald", "emma-lewell-buck"]));
      expect(representativesOf("islington-north-2024", { on: "2024-07-05" }).map((seat) => seat.person.id)).toEqual([
        "jeremy-corbyn",
      ]);
      expect(membersOf("house-of-commons", { on: "2024-07-10" }).length).toBe(
        seats.filter((seat) => holds(seat, "2024-07-10")).length,
      );
      for (const day of ["2012-06-01", "2016-06-01"]) {
        expect(
          representativesOf("islington-north", { on: day }).map((seat) => seat.person.id),
          day,
        ).toEqual(["jeremy-corbyn"]);
      }
    });
  },
);
