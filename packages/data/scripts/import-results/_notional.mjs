// The 2019 result estimated on the 2024 boundaries (by party, not by candidate), for the 2024 seats in scope.
import { applicationCitation } from "./_citations.mjs";
import { INDEPENDENT_PARTY_MNIS_ID } from "./_parties.mjs";

// The application's rows that sum others rather than give a party: the total of the other parties' votes, and the
// largest of them. Both repeat the parties listed, so they are checked and left out.
const TOTAL_OF_OTHERS = "TOTOTHV";
const LARGEST_OTHER = "MAXOTHV";
const MAIN_PARTY_CODES = new Set(["CONV", "LABV", "LDV", "BRXV", "GRNV"]);

/** The source's party name; "Independent" for an unnamed independent; the party code where it names nothing. */
const labelOf = (row, independent) =>
  row.party_name !== "NA" ? row.party_name : independent ? "Independent" : row.party_code;

export function toNotionalResult(rows, areaId, idByMnis) {
  const [first] = rows;
  const validVotes = Number(first.valid_votes);
  const parties = rows.filter((row) => row.party_code !== TOTAL_OF_OTHERS && row.party_code !== LARGEST_OTHER);
  const others = parties.filter((row) => !MAIN_PARTY_CODES.has(row.party_code));
  const total = rows.find((row) => row.party_code === TOTAL_OF_OTHERS);
  const sum = (list) => list.reduce((votes, row) => votes + Number(row.votes), 0);
  if (sum(parties) !== validVotes)
    throw new Error(`${first.constituency_name}: the parties' votes do not sum to the valid votes`);
  if (total && Number(total.votes) !== sum(others))
    throw new Error(`${first.constituency_name}: ${TOTAL_OF_OTHERS} is not the others' sum`);
  const note = `the notional 2019 result of ${first.constituency_name} (${first.constituency_gss_2024})`;
  const ranked = [...parties].sort((a, b) => Number(b.votes) - Number(a.votes));
  return {
    id: `notional-ge2019-${areaId}`,
    areaId,
    electionDate: "2019-12-12",
    estimate: true,
    electorate: Number(first.electorate),
    validVotes,
    turnout: Number(first.turnout_percent) / 100,
    majority: Number(first.majority),
    results: ranked.map((row) => {
      const independent = row.party_mnis_id === INDEPENDENT_PARTY_MNIS_ID;
      return {
        label: labelOf(row, independent),
        partyId: independent || row.party_mnis_id === "NA" ? undefined : idByMnis.get(row.party_mnis_id),
        independent,
        votes: Number(row.votes),
      };
    }),
    sources: [
      applicationCitation(first, `${note}: electorate, valid votes, turnout (per cent), majority and votes by party`),
      applicationCitation(first, note, {
        basis: "inferred",
        fields: ["results"],
        reason: `The rows ${TOTAL_OF_OTHERS} and ${LARGEST_OTHER} are left out: in every seat the first equals the sum of the parties other than the five largest and the second the largest of those, so both repeat votes already listed. Independents are the source's party id ${INDEPENDENT_PARTY_MNIS_ID}.`,
      }),
    ],
  };
}
