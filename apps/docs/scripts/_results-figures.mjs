// The figures of the results: a bar chart of each contest, a seat's shares election by election, a person's results
// over time, and maps of NELL's seats by winning party. Each goes with a table that gives the same figures.
import { contestsIn, notionalResultFor, resultOf } from "@labour-left/data";
import { barChart, lineChart } from "./_charts.mjs";
import { pathOf } from "./_links.mjs";
import { partyMap } from "./_maps.mjs";
import { partyColour, partyLabel } from "./_party-colours.mjs";

const percent = (share) => `${(share * 100).toFixed(1)}%`;
const yearOf = (contest) =>
  contest.electionKind === "by-election"
    ? `${contest.electionDate.slice(0, 4)} (by)`
    : contest.electionDate.slice(0, 4);

/** "Labour Party and Co-operative" or "independent", for one polling day. */
export function stoodFor(candidacy, organizationsById) {
  if (candidacy.independent) return "independent";
  return [candidacy.partyId, candidacy.adjunctPartyId]
    .filter(Boolean)
    .map((id) => organizationsById.get(id)?.name ?? id)
    .join(" and ");
}

/** A contest's candidates as bars, winner first. */
export function contestChart(contest, area, { organizationsById }) {
  const { candidacies } = resultOf(contest.id);
  const rows = candidacies.map((candidacy) => ({
    label: `${candidacy.name} (${stoodFor(candidacy, organizationsById)})`,
    share: candidacy.voteShare,
    colour: partyColour(candidacy),
    value: `${percent(candidacy.voteShare)}${candidacy.elected ? ", elected" : ""}`,
    strong: candidacy.elected,
  }));
  return barChart({
    title: `${area.name}, ${contest.electionKind === "by-election" ? "by-election" : "general election"} of ${contest.electionDate}: share of the vote`,
    description: rows.map((row) => `${row.label}: ${row.value}`).join("; "),
    rows,
  });
}

/** The shares of the parties that took a tenth of the vote at some election there, election by election. */
export function seatHistoryChart(area, { organizationsById }) {
  const contests = contestsIn(area.id);
  if (contests.length < 2) return "";
  const xs = contests.map(yearOf);
  const series = new Map();
  contests.forEach((contest, index) => {
    for (const candidacy of resultOf(contest.id).candidacies) {
      const key = candidacy.independent ? `independent ${candidacy.name}` : (candidacy.partyId ?? "other");
      const entry = series.get(key) ?? {
        label: candidacy.independent
          ? candidacy.familyName
          : (organizationsById.get(candidacy.partyId)?.abbreviation ?? stoodFor(candidacy, organizationsById)),
        name: candidacy.independent ? `${candidacy.name} (independent)` : stoodFor(candidacy, organizationsById),
        colour: partyColour(candidacy),
        points: [],
      };
      entry.points.push({ x: xs[index], share: candidacy.voteShare });
      series.set(key, entry);
    }
  });
  const shown = [...series.values()].filter((each) => each.points.some((point) => point.share >= 0.1));
  return lineChart({
    title: `${area.name}: share of the vote by party, election by election`,
    description: shown
      .map((each) => `${each.name}: ${each.points.map((point) => `${point.x} ${percent(point.share)}`).join(", ")}`)
      .join("; "),
    xs,
    series: shown,
  });
}

/** A person's share of the vote at each of their candidacies, oldest first. */
export function personResultsChart(person, candidacies, { areasById, organizationsById }) {
  if (candidacies.length === 0) return "";
  const rows = candidacies.map((candidacy) => ({
    label: `${candidacy.electionDate.slice(0, 4)}${candidacy.electionKind === "by-election" ? " by-election" : ""}, ${areasById.get(candidacy.areaId)?.name ?? candidacy.areaId} (${stoodFor(candidacy, organizationsById)})`,
    share: candidacy.voteShare,
    colour: partyColour(candidacy),
    value: `${percent(candidacy.voteShare)}, ${candidacy.elected ? "elected" : `place ${candidacy.position}`}`,
    strong: candidacy.elected,
  }));
  return barChart({
    title: `${person.name}: share of the vote at each candidacy`,
    description: rows.map((row) => `${row.label}: ${row.value}`).join("; "),
    rows,
  });
}

/** The winner of a constituency's contest on a polling day, if it had one. */
function winnerOn(area, pollingDay) {
  const contest = contestsIn(area.id).find((each) => each.electionDate === pollingDay);
  return contest ? resultOf(contest.id).candidacies[0] : undefined;
}

/** NELL's constituencies of 2010-2024, coloured by the party that won each in 2019. */
export function winners2019Map(areas, { organizationsById }, label) {
  const seats = areas.flatMap((area) => {
    const winner = winnerOn(area, "2019-12-12");
    if (!winner) return [];
    const party = partyLabel(winner, organizationsById);
    return [
      {
        areaId: area.id,
        name: `${area.name}: won by ${winner.name} (${party}) in 2019`,
        href: pathOf.areas(area.id),
        fill: partyColour(winner),
        party,
      },
    ];
  });
  return partyMap({ label, seats });
}

/** The notional 2019 winner of a constituency of 2024: the party with most votes in the estimate. */
export function notionalWinner(area) {
  return notionalResultFor(area.id)?.results[0];
}

/** The constituencies of 2024, coloured by the party that won each; striped where it differs from the notional 2019 winner. */
export function seats2024Map(areas, { organizationsById }, label) {
  const seats = areas.flatMap((area) => {
    const winner = winnerOn(area, "2024-07-04");
    if (!winner) return [];
    const party = partyLabel(winner, organizationsById);
    const notional = notionalWinner(area);
    const changed =
      notional !== undefined && (notional.partyId !== winner.partyId || notional.independent !== winner.independent);
    return [
      {
        areaId: area.id,
        name: `${area.name}: won by ${winner.name} (${party}) in 2024${notional ? `; notional 2019 winner ${partyLabel(notional, organizationsById)}` : ""}`,
        href: pathOf.areas(area.id),
        fill: partyColour(winner),
        party,
        striped: changed,
      },
    ];
  });
  return partyMap({ label, seats, stripedMeans: "won by another party than the notional 2019 winner" });
}
