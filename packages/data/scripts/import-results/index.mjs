// Writes the contests, every candidacy in them, the Commons seats our people won, the constituencies, parties and
// Parliaments they bring in, the notional 2019 results on the 2024 boundaries and the maiden speeches, from
// ../shared/reference/results_2010_2024. Run it when those files change; then `pnpm format`.
// People are matched by UK Parliament member id and areas by GSS code, never by name. Every value is copied from a
// row; what is concluded from rows is cited as inferred, with the reason.
import { NEW_BOUNDARY_SET_START, toContestedArea, toPost } from "./_areas.mjs";
import {
  groupGeneral,
  SPELLING_DISAGREEMENTS,
  toByElectionCandidacies,
  toByElectionContest,
  toGeneralCandidacy,
  toGeneralContest,
} from "./_contests.mjs";
import { toMaidenSpeech } from "./_maiden-speeches.mjs";
import { toNotionalResult } from "./_notional.mjs";
import { periodsByNumber, toParliament } from "./_parliaments.mjs";
import { partyMentions, toParties } from "./_parties.mjs";
import { readRecordFields, readRows, resultsDir } from "./_read.mjs";
import { declarationEvidence, exportStatesDissolution, stillSittingAtDissolution, toSeat } from "./_seats.mjs";
import { writeRecordFile } from "./_write.mjs";

const read = (file) => readRows(`${resultsDir}/${file}`);
const general = read("general_election_candidacies.csv");
const byElectionContests = read("by_election_contests.csv");
const byElectionRows = read("by_election_candidacies.csv");
const overlapRows = read("overlaps_2010_2024.csv");
const notionalRows = read("notional_2019_on_2024_boundaries.csv");
const periods = periodsByNumber(read("parliament_periods.csv"));
const speeches = read("maiden_speeches.csv");

// What the hand-written records hold.
const people = readRecordFields("people.ts", { member: /scheme: "uk-parliament",\s+identifier: "(\d+)"/ });
const personIdByMember = new Map(people.filter((person) => person.member).map((person) => [person.member, person.id]));
const personIdOf = (member) => (member ? personIdByMember.get(member) : undefined);
const constituencies = readRecordFields("constituencies.ts", {
  gss: /scheme: "gss",\s+identifier: "([^"]+)"/,
  parentId: /^ {4}parentId: "([^"]+)"/m,
});
const areaIdByGss = new Map(constituencies.map((area) => [area.gss, area.id]));
const regionOf = new Map(constituencies.map((area) => [area.id, area.parentId]));
const postIds = new Set(readRecordFields("posts.ts", {}).map((post) => post.id));
const olderIds = new Set(constituencies.map((area) => area.id));

// Parties.
const { records: parties, idByMnis } = toParties(
  partyMentions({ general, byElection: byElectionRows, notional: notionalRows }),
);

// Areas the contests bring in.
const contestedAreas = new Map();
function areaOf(row) {
  const gss = row.constituency_geographic_code ?? row.constituency_gss;
  const known = areaIdByGss.get(gss);
  if (known) return known;
  if (!contestedAreas.has(gss)) {
    const isNew = row.boundary_set_start_date === NEW_BOUNDARY_SET_START;
    const area = toContestedArea({
      row,
      overlapRows: isNew ? overlapRows.filter((overlap) => overlap.to_gss_2024 === gss) : [],
      areaIdByGss,
      regionOf,
      olderIds,
    });
    contestedAreas.set(gss, area);
  }
  return contestedAreas.get(gss).id;
}

// Contests and candidacies.
const contests = [];
const candidacies = [];
for (const rows of groupGeneral(general)) {
  const contest = toGeneralContest(rows, areaOf(rows[0]));
  contests.push(contest);
  for (const row of rows) {
    candidacies.push(toGeneralCandidacy(row, contest, { personId: personIdOf(row.candidate_mnis_id), idByMnis }));
  }
}
for (const row of byElectionContests) {
  const contest = toByElectionContest(row, areaOf(row));
  contests.push(contest);
  const rows = byElectionRows.filter(
    (candidate) => candidate.polling_date === row.polling_date && candidate.constituency_gss === row.constituency_gss,
  );
  candidacies.push(...toByElectionCandidacies(rows, row, contest, { personIdOf, idByMnis }));
}
for (const disagreement of SPELLING_DISAGREEMENTS) {
  const found = candidacies.filter((candidacy) => candidacy.otherNames?.length);
  if (found.length !== 1)
    throw new Error(`the spelling ${disagreement.familyName} matched ${found.length} candidacies`);
}
const contestById = new Map(contests.map((contest) => [contest.id, contest]));

// The seats our people won.
const evidence = declarationEvidence(contests);
const generalRowsByMember = new Map();
for (const row of general) {
  if (row.candidate_mnis_id === "") continue;
  generalRowsByMember.set(row.candidate_mnis_id, [...(generalRowsByMember.get(row.candidate_mnis_id) ?? []), row]);
}
const register = new Set(
  readRecordFields("people.ts", { registered: /sourceId: "twfy-register-2024-05-28", note: "(the register entry)/ })
    .filter((person) => person.registered !== undefined)
    .map((person) => person.id),
);
const ourElected = candidacies.filter((candidacy) => candidacy.personId && candidacy.elected);
const seats = ourElected.map((candidacy) => {
  const contest = contestById.get(candidacy.contestId);
  const period = periods.get(contest.legislativePeriodId.replace("parliament-", ""));
  const nextGeneral = (generalRowsByMember.get(candidacy.memberId) ?? [])
    .filter((row) => row.general_election_polling_date > contest.electionDate)
    .sort((a, b) => a.general_election_polling_date.localeCompare(b.general_election_polling_date))[0];
  const nextIsAfterDissolution = nextGeneral && nextGeneral.general_election_polling_date > period.dissolved_on;
  const stillSitting = stillSittingAtDissolution(
    period,
    nextIsAfterDissolution ? nextGeneral : undefined,
    period.dissolved_on === "2024-05-30" && register.has(candidacy.personId),
  );
  const [electedCitation] = candidacy.sources;
  return toSeat({
    candidacy,
    contest,
    period,
    postId: `mp-for-${contest.areaId}`,
    stillSitting,
    evidence,
    electedCitation,
    extraEnd: exportStatesDissolution(contest, period),
  });
});
const unended = seats.filter((seat) => seat.endDate === "unknown");
if (unended.length > 0) throw new Error(`seats with no end: ${unended.map((seat) => seat.id).join(", ")}`);

const posts = [];
for (const seat of seats) {
  if (postIds.has(seat.postId) || posts.some((post) => post.id === seat.postId)) continue;
  const contest = [...contestById.values()].find((each) => `mp-for-${each.areaId}` === seat.postId);
  const area = [...contestedAreas.values()].find((each) => each.id === contest.areaId);
  const isNew = area?.startDate === NEW_BOUNDARY_SET_START;
  posts.push(
    toPost(contest.areaId, area?.name ?? contest.areaId, isNew, {
      sourceId: contest.sources[0].sourceId,
      url: contest.url,
      note: `the constituency ${area?.identifiers[0].identifier ?? contest.areaId}`,
      basis: "stated",
    }),
  );
}

// Notional results, Parliaments, maiden speeches.
const notionalBySeat = new Map();
for (const row of notionalRows) {
  notionalBySeat.set(row.constituency_gss_2024, [...(notionalBySeat.get(row.constituency_gss_2024) ?? []), row]);
}
const notional = [...notionalBySeat].map(([gss, rows]) => {
  const area = contestedAreas.get(gss);
  if (!area) throw new Error(`no 2024 constituency ${gss} among the contests`);
  return toNotionalResult(rows, area.id, idByMnis);
});
const parliaments = [...periods.values()].map(toParliament);
const maidenSpeeches = speeches.map((row) => {
  const personId = personIdOf(row.mnis_id);
  if (!personId) throw new Error(`no person with member id ${row.mnis_id}`);
  return toMaidenSpeech(row, personId);
});

// Write.
const byId = (a, b) => a.id.localeCompare(b.id);
const byElectionThenId = (a, b) => a.electionDate.localeCompare(b.electionDate) || a.id.localeCompare(b.id);
const importTypes = (names) => names.map(([type, file]) => `import type { ${type} } from "./${file}";`);
const areaTypes = [
  ["ConstituencyId", "constituencies"],
  ["ContestedConstituencyId", "contested-constituencies"],
];
const areasType = "ConstituencyId | ContestedConstituencyId";
writeRecordFile({
  file: "contests.ts",
  description: "Contests: one constituency, one polling day, general elections and by-elections.",
  imports: importTypes([
    ["ContestInput", "_types"],
    ...areaTypes,
    ["ParliamentId", "parliaments"],
    ["SourceId", "sources"],
  ]),
  name: "contestRecords",
  records: contests.sort(byElectionThenId),
  satisfies: `ContestInput<SourceId, ${areasType}, ParliamentId>`,
  idType: "ContestId",
});
const candidacyImports = importTypes([
  ["CandidacyInput", "_types"],
  ...areaTypes,
  ["ContestId", "contests"],
  ["OrganizationId", "organizations"],
  ["PartyId", "parties"],
  ["PersonId", "people"],
  ["SourceId", "sources"],
]);
const candidacySatisfies = `CandidacyInput<SourceId, PersonId, OrganizationId | PartyId, ${areasType}, ContestId>`;
writeRecordFile({
  file: "candidacies.ts",
  description: "The candidacies of the people in the records, 2010 to 2024: every general election and by-election.",
  imports: candidacyImports,
  name: "candidacyRecords",
  records: candidacies.filter((candidacy) => candidacy.personId).sort(byElectionThenId),
  satisfies: candidacySatisfies,
  idType: "CandidacyId",
});
// Every other candidacy, one file per Parliament (records/_load.ts lists them): one literal of them all is more than
// TypeScript will serialize.
const others = candidacies.filter((candidacy) => !candidacy.personId).sort(byElectionThenId);
const parliamentNumbers = [...periods.keys()].filter((number) =>
  others.some((candidacy) => contestById.get(candidacy.contestId).legislativePeriodId === `parliament-${number}`),
);
for (const number of parliamentNumbers) {
  writeRecordFile({
    file: `contest-candidacies-${number}.ts`,
    description: `The other candidacies in the contests for Parliament ${number}: a name, a party and a result, as the sources give them.`,
    imports: candidacyImports,
    name: `contestCandidacyRecords${number}`,
    records: others.filter(
      (candidacy) => contestById.get(candidacy.contestId).legislativePeriodId === `parliament-${number}`,
    ),
    satisfies: candidacySatisfies,
    idType: `ContestCandidacyId${number}`,
  });
}
writeRecordFile({
  file: "commons-memberships.ts",
  description: "The Commons seats won by the people in the records: one membership for each elected candidacy.",
  imports: importTypes([
    ["MembershipInput", "_types"],
    ["CommonsPostId", "commons-posts"],
    ["OrganizationId", "organizations"],
    ["ParliamentId", "parliaments"],
    ["PersonId", "people"],
    ["PostId", "posts"],
    ["SourceId", "sources"],
  ]),
  name: "commonsMembershipRecords",
  records: seats.sort(byId),
  satisfies: "MembershipInput<SourceId, PersonId, OrganizationId, PostId | CommonsPostId, ParliamentId>",
  idType: "CommonsMembershipId",
});
writeRecordFile({
  file: "commons-posts.ts",
  description: "The Commons seats that elected candidacies add to posts.ts.",
  imports: importTypes([
    ["PostInput", "_types"],
    ...areaTypes,
    ["OrganizationId", "organizations"],
    ["SourceId", "sources"],
  ]),
  name: "commonsPostRecords",
  records: posts.sort(byId),
  satisfies: `PostInput<SourceId, OrganizationId, ${areasType}>`,
  idType: "CommonsPostId",
});
writeRecordFile({
  file: "contested-constituencies.ts",
  description:
    "Constituencies that only the contests bring in: the 2024 constituencies in scope and every other seat contested.",
  imports: importTypes([
    ["AreaInput", "_types"],
    ["ConstituencyId", "constituencies"],
    ["RegionId", "regions"],
    ["SourceId", "sources"],
  ]),
  name: "contestedConstituencyRecords",
  records: [...contestedAreas.values()].sort(byId),
  satisfies: "AreaInput<SourceId, RegionId, ConstituencyId>",
  idType: "ContestedConstituencyId",
});
writeRecordFile({
  file: "parties.ts",
  description: "The parties the candidacies stood for, beyond those in organizations.ts.",
  imports: importTypes([
    ["OrganizationInput", "_types"],
    ["SourceId", "sources"],
  ]),
  name: "partyRecords",
  records: parties,
  satisfies: "OrganizationInput<SourceId, never>",
  idType: "PartyId",
});
writeRecordFile({
  file: "parliaments.ts",
  description: "Parliaments 55 to 59, as legislative periods of the House of Commons.",
  imports: importTypes([
    ["EventInput", "_types"],
    ["OrganizationId", "organizations"],
    ["SourceId", "sources"],
  ]),
  name: "parliamentRecords",
  records: parliaments,
  satisfies: "EventInput<SourceId, never, OrganizationId>",
  idType: "ParliamentId",
});
writeRecordFile({
  file: "notional-results.ts",
  description: "The 2019 result estimated on the 2024 boundaries, by party, for the 2024 constituencies in scope.",
  imports: importTypes([
    ["NotionalResultInput", "_types"],
    ["ContestedConstituencyId", "contested-constituencies"],
    ["PartyId", "parties"],
    ["OrganizationId", "organizations"],
    ["SourceId", "sources"],
  ]),
  name: "notionalResultRecords",
  records: notional.sort(byId),
  satisfies: "NotionalResultInput<SourceId, ContestedConstituencyId, OrganizationId | PartyId>",
  idType: "NotionalResultId",
});
writeRecordFile({
  file: "maiden-speeches.ts",
  description: "Each person's maiden speech in the House of Commons, as the UK Parliament's data records it.",
  imports: importTypes([
    ["MaidenSpeechInput", "_types"],
    ["PersonId", "people"],
    ["SourceId", "sources"],
  ]),
  name: "maidenSpeechRecords",
  records: maidenSpeeches.sort((a, b) => a.personId.localeCompare(b.personId)),
  satisfies: "MaidenSpeechInput<SourceId, PersonId>",
});
console.log(
  `${contests.length} contests (${byElectionContests.length} by-elections), ${candidacies.length} candidacies (${candidacies.filter((each) => each.personId).length} of our people), ${seats.length} seats, ${contestedAreas.size} constituencies, ${posts.length} posts, ${parties.length} parties, ${notional.length} notional results, ${maidenSpeeches.length} maiden speeches`,
);
