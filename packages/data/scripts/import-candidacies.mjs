// Writes the candidacies, the Commons seats they won, and the constituencies only they bring in, from
// ../shared/reference/candidacies_ge2010_2024.csv. Run it when that file changes; then `pnpm format`.
// Every value is copied from a row of the file; what is concluded from a row is cited as inferred, with the reason.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

const sharedDir = process.env.LABOUR_LEFT_SHARED ?? new URL("../../../../shared/", import.meta.url).pathname;
const records = new URL("../src/records/", import.meta.url);
const read = (file) => readFileSync(new URL(file, records), "utf8");

const rows = parse(readFileSync(`${sharedDir}/reference/candidacies_ge2010_2024.csv`, "utf8"), { columns: true });

const slug = (text) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const personIds = new Set([...read("people.ts").matchAll(/^ {4}id: "([^"]+)"/gm)].map((match) => match[1]));
const postIds = new Set([...read("posts.ts").matchAll(/^ {4}id: "([^"]+)"/gm)].map((match) => match[1]));
const areaIdByGss = new Map(
  read("constituencies.ts")
    .split(/\n {2}\{\n/)
    .flatMap((record) => {
      const id = /^ {4}id: "([^"]+)"/m.exec(record)?.[1];
      const gss = /scheme: "gss",\s+identifier: "([^"]+)"/.exec(record)?.[1];
      return id && gss ? [[gss, id]] : [];
    }),
);

const year = (row) => row.general_election_polling_date.slice(0, 4);
const sourceIdOf = (row) => `uk-parliament-ge${year(row)}-results`;
const personIdOf = (row) => {
  const id = slug(row.name_as_listed);
  if (!personIds.has(id)) throw new Error(`no person ${id} for member ${row.candidate_mnis_id}`);
  return id;
};
const isNewBoundarySet = (row) => row.boundary_set_start_date === "2024-05-31";
const areaIdOf = (row) =>
  areaIdByGss.get(row.constituency_geographic_code) ??
  (isNewBoundarySet(row) ? `${slug(row.constituency_name)}-2024` : slug(row.constituency_name));
const rowCitation = (row, extra = {}) => ({
  sourceId: sourceIdOf(row),
  url: row.election_url,
  note: `row of candidate ${row.candidate_mnis_id} in ${row.constituency_name} (${row.constituency_geographic_code}), polling day ${row.general_election_polling_date}`,
  basis: "stated",
  ...extra,
});
const number = (text) => (text === "" ? undefined : Number(text));

function toCandidacy(row) {
  const independent = row.candidate_is_standing_as_independent === "true";
  return {
    id: `ge${year(row)}-${personIdOf(row)}`,
    personId: personIdOf(row),
    electionKind: "general",
    electionDate: row.general_election_polling_date,
    organizationId: "house-of-commons",
    areaId: areaIdOf(row),
    partyId: independent ? undefined : partyIdOf(row.main_party_name),
    adjunctPartyId: row.adjunct_party_name === "" ? undefined : partyIdOf(row.adjunct_party_name),
    independent,
    votes: number(row.candidate_vote_count),
    voteShare: number(row.candidate_vote_share),
    voteShareChange: number(row.candidate_vote_change),
    majority: number(row.majority),
    position: number(row.candidate_result_position),
    elected: row.candidate_result_position === "1",
    resultSummary: row.election_result_summary,
    sources: [rowCitation(row)],
  };
}

function partyIdOf(name) {
  const id = { Labour: "labour-party", "Co-operative": "co-operative-party" }[name];
  if (id === undefined) throw new Error(`no organization for the party '${name}'`);
  return id;
}

// The 2019 seats keep the evidence they had: the register of 2024-05-28 and the dissolution on 2024-05-30.
const HELD_TO_2024_DISSOLUTION = {
  endDate: "2024-05-30",
  endReason: "Parliament was dissolved on 2024-05-30.",
  sources: [
    {
      sourceId: "twfy-register-2024-05-28",
      note: "listed in the register of 2024-05-28",
      basis: "inferred",
      fields: ["endDate", "endReason"],
      reason:
        "Still a member on 2024-05-28 (register entry); the UK Parliament results export gives 2024-05-30 as the dissolution of Parliament 58, which ended every seat.",
    },
  ],
};

/** How a seat won at `row` ended, as far as the next election's row for the same person shows. */
function endOf(row, next) {
  if (year(row) === "2019") return HELD_TO_2024_DISSOLUTION;
  if (year(row) === "2024") return { endDate: "unknown", sources: [] };
  const sitting = next?.candidate_is_sitting_mp === "true";
  if (!sitting) return { endDate: "unknown", sources: [] };
  const because = {
    ...rowCitation(next, { note: `${rowCitation(next).note}: listed as a sitting MP` }),
    basis: "inferred",
    fields: ["endDate", "endReason"],
    reason: `The results of ${next.general_election_polling_date} list the person as a sitting MP, so the seat was held until Parliament was dissolved before that election.`,
  };
  if (year(row) === "2017") {
    return {
      endDate: "2019-11-05",
      endReason: "Parliament was dissolved on 2019-11-05.",
      sources: [
        because,
        {
          sourceId: "uk-parliament-ge2017-results",
          note: "Parliament 57, polling 2017-06-08, dissolved 2019-11-05",
          basis: "stated",
          fields: ["endDate", "endReason"],
        },
      ],
    };
  }
  return {
    endDate: "unknown",
    endReason: `Held until Parliament was dissolved before the general election of ${next.general_election_polling_date}; the sources here do not give the dissolution's date.`,
    sources: [because],
  };
}

function toMembership(row, next) {
  const end = endOf(row, next);
  const won = year(row) === "2024";
  return {
    id: `commons-${year(row)}-${personIdOf(row)}`,
    personId: personIdOf(row),
    organizationId: "house-of-commons",
    postId: `mp-for-${areaIdOf(row)}`,
    role: "Member of Parliament",
    startDate: row.general_election_polling_date.slice(0, 7),
    endDate: end.endDate,
    asOf: won ? row.general_election_polling_date.slice(0, 7) : undefined,
    startReason: `Elected at the general election of ${row.general_election_polling_date} (${row.election_result_summary}).`,
    endReason: end.endReason,
    sources: [
      rowCitation(row, { fields: ["postId", "startReason"] }),
      {
        sourceId: sourceIdOf(row),
        note: `polling day ${row.general_election_polling_date}`,
        basis: "inferred",
        fields: won ? ["startDate", "asOf"] : ["startDate"],
        reason: `The seat was won at the election of ${row.general_election_polling_date}; the results do not say on which day the seat was taken, so only the month is given.`,
      },
      ...end.sources,
    ],
  };
}

function toArea(row) {
  const sameNameBefore = [...areaIdByGss.values()].includes(slug(row.constituency_name));
  return {
    id: areaIdOf(row),
    name: row.constituency_name,
    classification: "constituency",
    startDate: row.boundary_set_start_date,
    endDate: row.boundary_set_end_date === "" ? "unknown" : row.boundary_set_end_date,
    note:
      isNewBoundarySet(row) && sameNameBefore
        ? `A constituency of the boundaries in force from 2024-05-31, with a new GSS code: a different area from the constituency of 2010-2024 of the same name (${slug(row.constituency_name)}).`
        : undefined,
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: row.constituency_geographic_code,
        sources: [rowCitation(row, { note: `constituency geographic code of ${row.constituency_name}` })],
      },
    ],
    sources: [
      rowCitation(row, {
        note: `${rowCitation(row).note}: boundary set ${row.boundary_set_start_date} to ${row.boundary_set_end_date || "(no end given)"}`,
      }),
    ],
  };
}

function toPost(row) {
  return {
    id: `mp-for-${areaIdOf(row)}`,
    label: `Member of Parliament for ${row.constituency_name}${isNewBoundarySet(row) ? " (boundaries of 2024)" : ""}`,
    organizationId: "house-of-commons",
    areaId: areaIdOf(row),
    sources: [rowCitation(row, { note: `the constituency ${row.constituency_geographic_code}` })],
  };
}

const byElectionThenName = (a, b) =>
  a.general_election_polling_date.localeCompare(b.general_election_polling_date) ||
  personIdOf(a).localeCompare(personIdOf(b));
const sorted = [...rows].sort(byElectionThenName);
const nextOf = (row) =>
  sorted.find(
    (later) =>
      later.candidate_mnis_id === row.candidate_mnis_id &&
      later.general_election_polling_date > row.general_election_polling_date,
  );
const elected = sorted.filter((row) => row.candidate_result_position === "1");
const newAreaRows = [
  ...new Map(
    sorted
      .filter((row) => !areaIdByGss.has(row.constituency_geographic_code))
      .map((row) => [row.constituency_geographic_code, row]),
  ).values(),
];
const newPostRows = [
  ...new Map(
    elected.filter((row) => !postIds.has(`mp-for-${areaIdOf(row)}`)).map((row) => [areaIdOf(row), row]),
  ).values(),
];

const literal = (value) => JSON.stringify(value, (_, item) => item, 2);
function writeRecords(file, header, imports, name, items, satisfies, idType) {
  const text = `${header}\n// Generated by scripts/import-candidacies.mjs from ../shared/reference/candidacies_ge2010_2024.csv: edit the script, not this file.\n${imports}\n\nexport const ${name} = ${literal(items)} as const satisfies readonly ${satisfies}[];\n\nexport type ${idType} = (typeof ${name})[number]["id"];\n`;
  writeFileSync(new URL(file, records), text);
}

writeRecords(
  "candidacies.ts",
  "// Every general-election candidacy, 2010 to 2024, of the people with a UK Parliament member id.",
  `import type { CandidacyInput } from "./_types";\nimport type { ConstituencyId } from "./constituencies";\nimport type { ContestedConstituencyId } from "./contested-constituencies";\nimport type { OrganizationId } from "./organizations";\nimport type { PersonId } from "./people";\nimport type { SourceId } from "./sources";`,
  "candidacyRecords",
  sorted.map(toCandidacy),
  "CandidacyInput<SourceId, PersonId, OrganizationId, ConstituencyId | ContestedConstituencyId>",
  "CandidacyId",
);
writeRecords(
  "commons-memberships.ts",
  "// The Commons seats won at the elections in candidacies.ts: one membership for each elected candidacy.",
  `import type { MembershipInput } from "./_types";\nimport type { OrganizationId } from "./organizations";\nimport type { PersonId } from "./people";\nimport type { CommonsPostId } from "./commons-posts";\nimport type { PostId } from "./posts";\nimport type { SourceId } from "./sources";`,
  "commonsMembershipRecords",
  elected.map((row) => toMembership(row, nextOf(row))),
  "MembershipInput<SourceId, PersonId, OrganizationId, PostId | CommonsPostId>",
  "CommonsMembershipId",
);
writeRecords(
  "contested-constituencies.ts",
  "// Constituencies that only the candidacies bring in: every 2024 constituency, and seats contested but not won.",
  `import type { AreaInput } from "./_types";\nimport type { SourceId } from "./sources";`,
  "contestedConstituencyRecords",
  newAreaRows.map(toArea),
  "AreaInput<SourceId, never>",
  "ContestedConstituencyId",
);
writeRecords(
  "commons-posts.ts",
  "// The Commons seats that elected candidacies add to posts.ts.",
  `import type { PostInput } from "./_types";\nimport type { ContestedConstituencyId } from "./contested-constituencies";\nimport type { ConstituencyId } from "./constituencies";\nimport type { OrganizationId } from "./organizations";\nimport type { SourceId } from "./sources";`,
  "commonsPostRecords",
  newPostRows.map(toPost),
  "PostInput<SourceId, OrganizationId, ConstituencyId | ContestedConstituencyId>",
  "CommonsPostId",
);
console.log(
  `${sorted.length} candidacies, ${elected.length} seats, ${newAreaRows.length} constituencies, ${newPostRows.length} posts`,
);
