// Contests (one constituency, one polling day) and every candidacy in them, general elections and by-elections.
import { applicationCitation, generalRowCitation, inferred } from "./_citations.mjs";
import { parliamentId } from "./_parliaments.mjs";
import { INDEPENDENT_PARTY_MNIS_ID, KNOWN_PARTY_IDS } from "./_parties.mjs";
import { decodeEntities, hasEntities, optionalNumber } from "./_read.mjs";

const year = (day) => day.slice(0, 4);
export const generalContestId = (day, areaId) => `ge${year(day)}-${areaId}`;
export const byElectionContestId = (day, areaId) => `by${day}-${areaId}`;

/** "2019-12-13 01:23:00 UTC" -> "2019-12-13T01:23:00Z" */
const isoInstant = (text) => `${text.replace(" UTC", "").replace(" ", "T")}Z`;

/** Share rounded as the sources round theirs (six decimals). */
const fraction = (part, whole) => Math.round((part / whole) * 1e6) / 1e6;

const TURNOUT_REASON =
  "Computed by Labour Left Data: valid votes divided by the electorate, as the UK Parliament's notional results compute their turnout; rounded to six decimals.";

function contestCore(fields) {
  const { validVotes, electorate } = fields;
  return { ...fields, turnout: fraction(validVotes, electorate) };
}

/** Groups general-election rows by contest, keeping the source's order (by result position). */
export function groupGeneral(rows) {
  const contests = new Map();
  for (const row of rows) {
    const key = `${row.general_election_polling_date}|${row.constituency_geographic_code}`;
    contests.set(key, [...(contests.get(key) ?? []), row]);
  }
  return [...contests.values()];
}

export function toGeneralContest(rows, areaId) {
  const [row] = rows;
  const id = generalContestId(row.general_election_polling_date, areaId);
  const contestNote = `the contest in ${row.constituency_name} (${row.constituency_geographic_code}), polling day ${row.general_election_polling_date}`;
  const declared = row.declaration_time === "" ? undefined : isoInstant(row.declaration_time);
  return contestCore({
    id,
    electionKind: "general",
    electionDate: row.general_election_polling_date,
    organizationId: "house-of-commons",
    areaId,
    legislativePeriodId: parliamentId(row.parliament_number),
    electorate: Number(row.electorate),
    validVotes: Number(row.election_valid_vote_count),
    invalidVotes: Number(row.election_invalid_vote_count),
    majority: Number(row.majority || rows.find((each) => each.majority !== "").majority),
    resultSummary: row.election_result_summary,
    declarationTime: declared,
    url: row.election_url,
    sources: [
      generalRowCitation(row, contestNote),
      inferred(generalRowCitation(row, contestNote), ["turnout"], TURNOUT_REASON),
    ],
  });
}

export function toByElectionContest(row, areaId) {
  const note = `the by-election in ${row.constituency_name} (${row.constituency_gss}), polling day ${row.polling_date}`;
  return contestCore({
    id: byElectionContestId(row.polling_date, areaId),
    electionKind: "by-election",
    electionDate: row.polling_date,
    organizationId: "house-of-commons",
    areaId,
    legislativePeriodId: parliamentId(row.parliament_number),
    electorate: Number(row.electorate),
    validVotes: Number(row.valid_votes),
    invalidVotes: Number(row.invalid_votes),
    majority: Number(row.majority),
    resultSummary: row.result_summary,
    writDate: row.writ_date,
    sources: [applicationCitation(row, note), inferred(applicationCitation(row, note), ["turnout"], TURNOUT_REASON)],
  });
}

/** Spellings where the two results sources disagree: the general-election export's is kept, the other noted. */
export const SPELLING_DISAGREEMENTS = [
  {
    pollingDay: "2024-07-04",
    familyName: "Wood-Brass",
    otherFamilyName: "Woods-Brass",
    note: "The spelling of the UK Parliament's results application (its general-election candidacies of Parliament 59), which differs from the general-election export's.",
  },
];

const nameOf = (given, family) => `${given} ${family}`;

/** What a candidacy holds whoever the candidate is: name, party, votes, result. */
function candidacyCore(contest, fields) {
  return {
    contestId: contest.id,
    ...fields,
    electionKind: contest.electionKind,
    electionDate: contest.electionDate,
    organizationId: "house-of-commons",
    areaId: contest.areaId,
  };
}

export function toGeneralCandidacy(row, contest, { personId, idByMnis }) {
  const givenName = decodeEntities(row.candidate_given_name);
  const familyName = decodeEntities(row.candidate_family_name);
  const independent = row.candidate_is_standing_as_independent === "true";
  const who = row.candidate_mnis_id ? `candidate ${row.candidate_mnis_id}` : nameOf(givenName, familyName);
  const decoded = [row.candidate_given_name, row.candidate_family_name, row.main_party_name].some(hasEntities)
    ? "; the HTML character references the source writes for apostrophes decoded"
    : "";
  const rowNote = `row of ${who} in ${row.constituency_name} (${row.constituency_geographic_code}), polling day ${row.general_election_polling_date}${decoded}`;
  const disagreement = SPELLING_DISAGREEMENTS.find(
    (each) => each.pollingDay === row.general_election_polling_date && each.familyName === familyName,
  );
  const position = Number(row.candidate_result_position);
  return {
    id: personId ? `ge${year(row.general_election_polling_date)}-${personId}` : `${contest.id}-${position}`,
    ...candidacyCore(contest, {
      personId,
      name: nameOf(givenName, familyName),
      givenName,
      familyName,
      otherNames: disagreement
        ? [
            {
              name: nameOf(givenName, disagreement.otherFamilyName),
              note: disagreement.note,
              sources: [
                {
                  sourceId: "uk-parliament-results-application",
                  note: `general-election candidacies of Parliament 59, ${row.constituency_name}: family name ${disagreement.otherFamilyName}`,
                  basis: "stated",
                },
              ],
            },
          ]
        : undefined,
    }),
    partyId: independent ? undefined : idByMnis.get(row.main_party_mnis_id),
    adjunctPartyId:
      row.adjunct_party_electoral_commission_id === ""
        ? undefined
        : KNOWN_PARTY_IDS.electoralCommission[row.adjunct_party_electoral_commission_id],
    independent,
    votes: Number(row.candidate_vote_count),
    voteShare: Number(row.candidate_vote_share),
    voteShareChange: optionalNumber(row.candidate_vote_change),
    majority: optionalNumber(row.majority),
    position,
    elected: position === 1,
    resultSummary: row.election_result_summary,
    memberId: row.candidate_mnis_id || undefined,
    sources: [generalRowCitation(row, rowNote)],
  };
}

/** By-election candidates in the source's order, which is by votes; their place in the result is that rank. */
export function toByElectionCandidacies(rows, contestRow, contest, { personIdOf, idByMnis }) {
  const ranked = [...rows].sort((a, b) => Number(b.votes) - Number(a.votes));
  return ranked.map((row, index) => {
    const position = index + 1;
    const personId = personIdOf(row.candidate_mnis_id);
    const independent = row.party_mnis_id === INDEPENDENT_PARTY_MNIS_ID;
    const name = nameOf(row.candidate_given_name, row.candidate_family_name);
    const who = row.candidate_mnis_id ? `candidate ${row.candidate_mnis_id}` : name;
    const rowNote = `row of ${who} at the by-election in ${row.constituency_name} (${row.constituency_gss}), polling day ${row.polling_date}`;
    const winner =
      row.candidate_given_name === contestRow.winner_given_name &&
      row.candidate_family_name === contestRow.winner_family_name;
    if (winner !== (position === 1)) throw new Error(`${name}: the winner is not the candidate with most votes`);
    return {
      id: personId ? `by${row.polling_date}-${personId}` : `${contest.id}-${position}`,
      ...candidacyCore(contest, {
        personId,
        name,
        givenName: row.candidate_given_name,
        familyName: row.candidate_family_name,
      }),
      partyId: independent ? undefined : idByMnis.get(row.party_mnis_id),
      adjunctPartyId:
        row.adjunct_party_electoral_commission_id === ""
          ? undefined
          : KNOWN_PARTY_IDS.electoralCommission[row.adjunct_party_electoral_commission_id],
      independent,
      votes: Number(row.votes),
      voteShare: Number(row.share),
      voteShareChange: optionalNumber(row.change),
      majority: position === 1 ? contest.majority : undefined,
      position,
      elected: position === 1,
      resultSummary: contest.resultSummary,
      memberId: row.candidate_mnis_id || undefined,
      democracyClubId: row.democracy_club_person_id || undefined,
      sources: [
        applicationCitation(row, rowNote),
        inferred(
          applicationCitation(row, rowNote),
          ["position"],
          "The source lists the candidates by votes and gives no place; the place is the rank by votes.",
        ),
        applicationCitation(
          contestRow,
          `the by-election's winner is named ${contestRow.winner_given_name} ${contestRow.winner_family_name}, and its majority and result summary`,
          { fields: position === 1 ? ["elected", "majority", "resultSummary"] : ["elected", "resultSummary"] },
        ),
      ],
    };
  });
}
