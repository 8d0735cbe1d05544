// The Commons seats our people won: one membership per elected candidacy, from its declaration to the dissolution
// of its Parliament. Where no source gives the declaration, the start is a month with an inferred latest day.
import { applicationCitation, generalRowCitation, generalSourceId } from "./_citations.mjs";
import { parliamentId } from "./_parliaments.mjs";

const UK_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", dateStyle: "short" });

/** The day in the UK on which an instant (ISO, UTC) fell. */
export const ukDayOf = (instant) => UK_DAY.format(new Date(instant));

const nextDay = (day) => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The coarsest of month or year that holds both days. */
const commonPartialDate = (first, last) =>
  first.slice(0, 7) === last.slice(0, 7)
    ? first.slice(0, 7)
    : first.slice(0, 4) === last.slice(0, 4)
      ? first.slice(0, 4)
      : undefined;

/** How many contests with a declaration time were declared on the polling day, or the day after (UK time). */
export function declarationEvidence(contests) {
  const declared = contests.filter((contest) => contest.declarationTime !== undefined);
  const lags = declared.map(
    (contest) => (Date.parse(ukDayOf(contest.declarationTime)) - Date.parse(contest.electionDate)) / 86_400_000,
  );
  if (lags.some((lag) => lag < 0 || lag > 1)) throw new Error("a declaration fell outside the poll's day and the next");
  return { contests: declared.length, sameDay: lags.filter((lag) => lag === 0).length };
}

function startOf(contest, evidence, electedCitation) {
  if (contest.declarationTime !== undefined) {
    const day = ukDayOf(contest.declarationTime);
    return {
      startDate: day,
      sources: [
        {
          ...electedCitation,
          note: `${electedCitation.note}: declared at ${contest.declarationTime} (${day} in UK time)`,
          fields: ["startDate"],
        },
      ],
    };
  }
  const latest = nextDay(contest.electionDate);
  const kind = contest.electionKind === "general" ? "general election" : "by-election";
  return {
    startDate: commonPartialDate(contest.electionDate, latest),
    latestStartDate: latest,
    sources: [
      {
        ...electedCitation,
        basis: "inferred",
        fields: ["startDate", "latestStartDate"],
        reason: `The source gives no declaration time for the ${kind} of ${contest.electionDate}. A result is declared after the close of poll on polling day; in the ${evidence.contests} contests of 2010-2019 in the UK Parliament's results that give a declaration time, every one was declared on the polling day (${evidence.sameDay}) or the day after (${evidence.contests - evidence.sameDay}), in UK time. So the seat is given the month only, with the day after the poll, ${latest}, as the latest day it can have begun.`,
      },
    ],
  };
}

const dissolutionCitation = (period) =>
  applicationCitation(period, `Parliament ${period.parliament_number} was dissolved on ${period.dissolved_on}`, {
    fields: ["endDate", "endReason"],
  });

/** How a seat of Parliament `period` ended, given what the next election's row or the register says of the person. */
function endOf(period, stillSitting) {
  if (period.dissolved_on === "") {
    return {
      endDate: "ongoing",
      endReason: `Parliament ${period.parliament_number} has no dissolution date in the sources.`,
      sources: [
        applicationCitation(
          period,
          `Parliament ${period.parliament_number}: summoned ${period.summoned_on}, no dissolution given`,
          {
            basis: "inferred",
            fields: ["endDate", "endReason"],
            reason: `The UK Parliament's results data gives Parliament ${period.parliament_number} no dissolution, and no source here records the seat vacated: the seat is taken to continue with its Parliament.`,
          },
        ),
      ],
    };
  }
  if (stillSitting === undefined) return { endDate: "unknown", sources: [] };
  return {
    endDate: period.dissolved_on,
    endReason: `Parliament ${period.parliament_number} was dissolved on ${period.dissolved_on}.`,
    sources: [stillSitting, dissolutionCitation(period)],
  };
}

/** Why a seat of Parliament `period` is taken to have lasted to its dissolution, or undefined where nothing says. */
export function stillSittingAtDissolution(period, nextGeneralRow, register) {
  if (nextGeneralRow?.candidate_is_sitting_mp === "true") {
    return generalRowCitation(
      nextGeneralRow,
      `row of candidate ${nextGeneralRow.candidate_mnis_id} in ${nextGeneralRow.constituency_name} (${nextGeneralRow.constituency_geographic_code}), polling day ${nextGeneralRow.general_election_polling_date}: listed as a sitting MP`,
      {
        basis: "inferred",
        fields: ["endDate", "endReason"],
        reason: `The results of ${nextGeneralRow.general_election_polling_date} list the person as a sitting MP, so the seat was held until Parliament ${period.parliament_number} was dissolved before that election.`,
      },
    );
  }
  if (register) {
    return {
      sourceId: "twfy-register-2024-05-28",
      note: "listed in the register of 2024-05-28",
      basis: "inferred",
      fields: ["endDate", "endReason"],
      reason: `Still a member on 2024-05-28 (register entry), two days before Parliament ${period.parliament_number} was dissolved, which ended every seat.`,
    };
  }
  return undefined;
}

export function toSeat({ candidacy, contest, period, postId, stillSitting, evidence, electedCitation, extraEnd = [] }) {
  const start = startOf(contest, evidence, electedCitation);
  const end = endOf(period, stillSitting);
  const kind = contest.electionKind === "general" ? "general election" : "by-election";
  const yearOrDay = contest.electionKind === "general" ? contest.electionDate.slice(0, 4) : contest.electionDate;
  return {
    id: `commons-${yearOrDay}-${candidacy.personId}`,
    personId: candidacy.personId,
    organizationId: "house-of-commons",
    postId,
    legislativePeriodId: parliamentId(period.parliament_number),
    role: "Member of Parliament",
    startDate: start.startDate,
    latestStartDate: start.latestStartDate,
    endDate: end.endDate,
    startReason: `Elected at the ${kind} of ${contest.electionDate} (${contest.resultSummary}).`,
    endReason: end.endReason,
    sources: [
      { ...electedCitation, fields: ["postId", "legislativePeriodId", "startReason"] },
      ...start.sources,
      ...end.sources,
      ...(end.sources.length > 0 ? extraEnd : []),
    ],
  };
}

/** The general-election export of 2017 and 2019 also gives the dissolution of the Parliament its seats sat in. */
export const exportStatesDissolution = (contest, period) =>
  contest.electionKind === "general" && ["2017", "2019"].includes(contest.electionDate.slice(0, 4))
    ? [
        {
          sourceId: generalSourceId(contest.electionDate),
          note: `Parliament ${period.parliament_number}, polling ${contest.electionDate}, dissolved ${period.dissolved_on}`,
          basis: "stated",
          fields: ["endDate", "endReason"],
        },
      ]
    : [];
