/**
 * The views of `labour-left.db`: the questions people ask most, each with what it answers. `person_candidacies` and
 * `contest_results` have the columns and order of the CSV views of the same names (tables/views.ts).
 */
export const SQLITE_VIEWS: readonly { readonly name: string; readonly description: string; readonly sql: string }[] = [
  {
    name: "scg_mps_with_seats",
    description:
      "Each MP the article lists in the Socialist Campaign Group of Labour MPs, with the Commons seat won in December 2019, its GSS code and, where it is one of NELL's, its region.",
    sql: `CREATE VIEW scg_mps_with_seats AS
SELECT p.id AS personId, p.name AS person, seat.name AS constituency, seat.gss AS gssCode, region.name AS nellRegion,
  m.startDate AS seatStart, m.endDate AS seatEnd
FROM memberships AS listed
JOIN people AS p ON p.id = listed.personId
LEFT JOIN memberships AS m ON m.personId = listed.personId AND m.organizationId = 'house-of-commons' AND m.legislativePeriodId = 'parliament-58'
LEFT JOIN posts AS post ON post.id = m.postId
LEFT JOIN areas AS seat ON seat.id = post.areaId
LEFT JOIN areas AS region ON region.id = seat.parentId
WHERE listed.organizationId = 'scg-mps'
ORDER BY p.id;`,
  },
  {
    name: "nell_constituencies",
    description:
      "NELL's 33 constituencies (2010-2024 boundaries) by region, in the article's order of regions; most are placed by inference (see provenance).",
    sql: `CREATE VIEW nell_constituencies AS
SELECT covered.position AS regionPosition, region.name AS region, area.id AS areaId, area.name AS constituency, area.gss AS gssCode
FROM organization_regions AS covered
JOIN areas AS region ON region.id = covered.areaId
JOIN areas AS area ON area.parentId = region.id
WHERE covered.organizationId = 'nell' AND area.startDate = '2010-04-13'
ORDER BY covered.position, area.name;`,
  },
  {
    name: "person_candidacies",
    description:
      "Each person's candidacies, general elections and by-elections: constituency, GSS code, the party stood for on that polling day (or independent), votes, share and result.",
    sql: `CREATE VIEW person_candidacies AS
SELECT c.personId, p.name AS person, c.electionKind, c.electionDate, c.contestId, area.name AS constituency,
  area.gss AS gssCode,
  CASE WHEN c.independent = 1 THEN 'independent' ELSE party.name || coalesce(' and ' || adjunct.name, '') END AS stoodFor,
  c.votes, c.voteShare, c.voteShareChange, c.position, c.elected, c.resultSummary
FROM candidacies AS c
JOIN people AS p ON p.id = c.personId
JOIN areas AS area ON area.id = c.areaId
LEFT JOIN organizations AS party ON party.id = c.partyId
LEFT JOIN organizations AS adjunct ON adjunct.id = c.adjunctPartyId
ORDER BY c.personId, c.contestId;`,
  },
  {
    name: "contest_results",
    description:
      "Each contest's whole result, one row per candidate in the order of the result: the name as the source gives it, the party stood for on that polling day (or independent), votes, share, change, and the contest's electorate, turnout (computed) and majority.",
    sql: `CREATE VIEW contest_results AS
SELECT contest.id AS contestId, contest.electionKind, contest.electionDate, area.name AS constituency,
  area.gss AS gssCode, c.position, c.name AS candidate, c.personId,
  CASE WHEN c.independent = 1 THEN 'independent' ELSE party.name || coalesce(' and ' || adjunct.name, '') END AS stoodFor,
  c.votes, c.voteShare, c.voteShareChange, c.elected, contest.electorate, contest.validVotes, contest.invalidVotes,
  contest.turnout, contest.majority, contest.resultSummary
FROM contests AS contest
JOIN candidacies AS c ON c.contestId = contest.id
JOIN areas AS area ON area.id = contest.areaId
LEFT JOIN organizations AS party ON party.id = c.partyId
LEFT JOIN organizations AS adjunct ON adjunct.id = c.adjunctPartyId
ORDER BY contest.id, c.position;`,
  },
  {
    name: "nell_seat_results",
    description:
      "NELL's seats election by election: each contest in a constituency placed in one of its regions (the 33 of 2010-2024 and the constituencies of 2024 placed by rule), with the winner, the runner-up, turnout and majority.",
    sql: `CREATE VIEW nell_seat_results AS
SELECT region.name AS region, area.name AS constituency, area.gss AS gssCode, area.startDate AS boundariesFrom,
  contest.electionKind, contest.electionDate, winner.name AS winner,
  CASE WHEN winner.independent = 1 THEN 'independent' ELSE winnerParty.name END AS winnerStoodFor,
  winner.voteShare AS winnerShare, second.name AS runnerUp,
  CASE WHEN second.independent = 1 THEN 'independent' ELSE secondParty.name END AS runnerUpStoodFor,
  contest.majority, contest.turnout, contest.resultSummary, contest.id AS contestId
FROM contests AS contest
JOIN areas AS area ON area.id = contest.areaId
JOIN areas AS region ON region.id = area.parentId AND region.classification = 'nell-region'
JOIN candidacies AS winner ON winner.contestId = contest.id AND winner.position = 1
LEFT JOIN organizations AS winnerParty ON winnerParty.id = winner.partyId
LEFT JOIN candidacies AS second ON second.contestId = contest.id AND second.position = 2
LEFT JOIN organizations AS secondParty ON secondParty.id = second.partyId
ORDER BY region.name, area.name, contest.electionDate;`,
  },
];
