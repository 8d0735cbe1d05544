import { type Area, type Contest, contestsIn, dataset, foldName, resultOf } from "@labour-left/data";
import { boundaryYears, describeArea } from "../_areas";
import { stoodFor } from "../_candidacy-rows";
import { type ElectionChoice, parseElection } from "../_elections";
import { CliError } from "../_errors";
import { findPlace } from "../_lookup";
import { addNote } from "../_notes";
import { type CommandResult, share, shareChange } from "../_result";

const label = (contest: Contest): string =>
  `${contest.electionKind === "by-election" ? "by-election" : "general election"} of ${contest.electionDate}`;

/** The constituencies of the same name as `area`, of any boundaries: a year may be fought on the other's. */
const sameName = (area: Area): Area[] =>
  dataset.areas.filter(
    (other) => foldName(other.name) === foldName(area.name) && other.classification === "constituency",
  );

function contestsFor(area: Area, election: ElectionChoice | undefined): Contest[] {
  const all = sameName(area).flatMap((each) => contestsIn(each.id));
  const chosen = all.filter((contest) => election === undefined || election.matches(contest.electionDate));
  return chosen.sort((a, b) => a.electionDate.localeCompare(b.electionDate));
}

/**
 * A constituency's whole result at one election: every candidate with votes, share and change, and the contest's
 * turnout, majority and summary. Without --election, the latest contest there.
 */
export function results(place: string, options: { election?: string }): CommandResult {
  const election = options.election === undefined ? undefined : parseElection(options.election);
  const area = findPlace(place, election ? { on: election.day } : {});
  const found = contestsFor(area, election);
  if (found.length === 0) {
    const held = contestsFor(area, undefined).map((contest) => contest.electionDate);
    throw new CliError(
      `no contest in ${describeArea(area)}${election ? ` at the election of ${election.label}` : ""}${held.length > 0 ? `; the data has ${held.join(", ")}` : "; the data has none there"}`,
    );
  }
  const contests = election ? found : found.slice(-1);
  if (!election && found.length > 1)
    addNote(
      `showing the latest contest; the data also has ${found
        .slice(0, -1)
        .map((contest) => contest.electionDate)
        .join(", ")} (--election YEAR or DATE)`,
    );
  const whole = contests.map((contest) => {
    const result = resultOf(contest.id);
    return { contest, candidacies: result?.candidacies ?? [] };
  });
  const areaOf = (contest: Contest) => dataset.areas.find((each) => each.id === contest.areaId);
  return {
    json: whole.length === 1 ? whole[0] : whole,
    table: {
      columns: [
        "election",
        "constituency",
        "position",
        "candidate",
        "stood for",
        "votes",
        "share",
        "change",
        "elected",
      ],
      rows: whole.flatMap(({ contest, candidacies }) =>
        candidacies.map((candidacy) => [
          contest.electionDate,
          areaOf(contest)?.name,
          candidacy.position,
          candidacy.name,
          stoodFor(candidacy),
          candidacy.votes,
          share(candidacy.voteShare),
          candidacy.voteShareChange === undefined ? undefined : shareChange(candidacy.voteShareChange),
          candidacy.elected,
        ]),
      ),
    },
    lines: whole.flatMap(({ contest }) => {
      const where = areaOf(contest);
      return [
        `${where?.name ?? contest.areaId} (${where ? `${boundaryYears(where)} boundaries, ` : ""}id ${contest.areaId}): ${label(contest)}`,
        `  electorate ${contest.electorate}; valid votes ${contest.validVotes}; invalid ${contest.invalidVotes}; turnout ${(contest.turnout * 100).toFixed(1)}% (valid votes / electorate, computed)`,
        `  majority ${contest.majority}; ${contest.resultSummary}${contest.declarationTime ? `; declared ${contest.declarationTime}` : ""}`,
        ...(contest.url ? [`  source: ${contest.url}`] : []),
      ];
    }),
  };
}
