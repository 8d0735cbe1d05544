/** The views of `labour-left.db`: the questions people ask most, each with what it answers. */
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
LEFT JOIN memberships AS m ON m.personId = listed.personId AND m.organizationId = 'house-of-commons' AND m.startDate = '2019-12'
LEFT JOIN posts AS post ON post.id = m.postId
LEFT JOIN areas AS seat ON seat.id = post.areaId
LEFT JOIN areas AS region ON region.id = seat.parentId
WHERE listed.organizationId = 'scg-mps'
ORDER BY p.id;`,
  },
  {
    name: "nell_constituencies",
    description:
      "NELL's constituencies by region, in the article's order of regions; most are placed by inference (see provenance).",
    sql: `CREATE VIEW nell_constituencies AS
SELECT covered.position AS regionPosition, region.name AS region, area.id AS areaId, area.name AS constituency, area.gss AS gssCode
FROM organization_regions AS covered
JOIN areas AS region ON region.id = covered.areaId
JOIN areas AS area ON area.parentId = region.id
WHERE covered.organizationId = 'nell'
ORDER BY covered.position, area.name;`,
  },
  {
    name: "person_candidacies",
    description:
      "Each person's general-election candidacies: constituency, GSS code, the party stood for on that polling day (or independent), votes, share and result.",
    sql: `CREATE VIEW person_candidacies AS
SELECT c.personId, p.name AS person, c.electionDate, area.name AS constituency, area.gss AS gssCode,
  CASE WHEN c.independent = 1 THEN 'independent' ELSE party.name || coalesce(' and ' || adjunct.name, '') END AS stoodFor,
  c.votes, c.voteShare, c.position, c.elected, c.resultSummary
FROM candidacies AS c
JOIN people AS p ON p.id = c.personId
JOIN areas AS area ON area.id = c.areaId
LEFT JOIN organizations AS party ON party.id = c.partyId
LEFT JOIN organizations AS adjunct ON adjunct.id = c.adjunctPartyId
ORDER BY c.personId, c.electionDate;`,
  },
];
