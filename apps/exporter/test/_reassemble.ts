import type { CsvRow } from "./_read-csv-export";

type Json = Record<string, unknown>;
const CONVENIENCE_COLUMNS = [
  "ukParliament",
  "theyworkforyou",
  "wikidata",
  "gss",
  "ukParliamentParty",
  "electoralCommission",
];

const defined = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

function groupBy(rows: readonly CsvRow[], key: (row: CsvRow) => string): Map<string, CsvRow[]> {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  for (const group of groups.values()) group.sort((a, b) => Number(a.position) - Number(b.position));
  return groups;
}

const locatorOf = (row: CsvRow) =>
  row.section === undefined
    ? undefined
    : defined({ section: row.section, paragraph: row.paragraph, bullet: row.bullet });

/**
 * Rebuilds the dataset from the CSV tables alone, following the documented flattening rules, so that a test can
 * compare it with the JSON export.
 */
export function reassemble(tables: Map<string, CsvRow[]>): Json {
  const table = (name: string): CsvRow[] => tables.get(name) ?? [];
  const citations = groupBy(table("provenance"), (row) => `${row.collection}|${row.recordId}|${row.part}`);
  const cited = (collection: string, id: unknown, part: string) =>
    (citations.get(`${collection}|${id}|${part}`) ?? []).map((row) =>
      defined({
        sourceId: row.sourceId,
        locator: locatorOf(row),
        url: row.url,
        note: row.note,
        fields: typeof row.fields === "string" ? row.fields.split("; ") : undefined,
        basis: row.basis,
        reason: row.reason,
      }),
    );
  const listsOf = (name: string, key: (row: CsvRow) => string) => {
    const groups = groupBy(table(name), key);
    return (parent: string) => groups.get(parent) ?? [];
  };
  const otherNames = listsOf("other_names", (row) => `${row.collection}|${row.recordId}`);
  const identifiers = listsOf("identifiers", (row) => `${row.collection}|${row.recordId}`);
  const named = (collection: string, row: CsvRow): Json => ({
    otherNames: otherNames(`${collection}|${row.id}`).map((item, index) =>
      defined({ name: item.name, note: item.note, sources: cited(collection, row.id, `otherNames/${index + 1}`) }),
    ),
    identifiers: identifiers(`${collection}|${row.id}`).map((item, index) => ({
      scheme: item.scheme,
      identifier: item.identifier,
      sources: cited(collection, row.id, `identifiers/${index + 1}`),
    })),
  });
  const record = (collection: string, row: CsvRow, extra: Json = {}): Json => {
    const own = Object.fromEntries(Object.entries(row).filter(([name]) => !CONVENIENCE_COLUMNS.includes(name)));
    return defined({ ...own, ...extra, sources: cited(collection, row.id, "record") });
  };

  const notes = listsOf("source_notes", (row) => String(row.sourceId));
  const omissions = listsOf("source_omissions", (row) => String(row.sourceId));
  const regions = listsOf("organization_regions", (row) => String(row.organizationId));
  const localAuthorities = listsOf("area_local_authorities", (row) => String(row.areaId));
  const participants = listsOf("event_participants", (row) => String(row.eventId));
  const topics = listsOf("statement_topics", (row) => String(row.statementId));
  const subjects = listsOf("statement_subjects", (row) => String(row.statementId));
  const overlaps = listsOf("area_overlaps", (row) => String(row.areaId));
  const notionalVotes = listsOf("notional_result_votes", (row) => String(row.notionalResultId));
  const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

  return {
    sources: table("sources").map((row) =>
      defined({
        ...row,
        notes: notes(String(row.id)).map((item) => item.note),
        omissions: omissions(String(row.id)).map((item) => ({
          locator: locatorOf(item),
          description: item.description,
        })),
      }),
    ),
    organizations: table("organizations").map(({ constituencyCount, ...row }) =>
      record("organizations", row, {
        ...named("organizations", row),
        coverage:
          constituencyCount === undefined
            ? undefined
            : { constituencyCount, regionIds: regions(String(row.id)).map((item) => item.areaId) },
      }),
    ),
    people: table("people").map(({ maidenSpeechDate, maidenSpeechReference, maidenSpeechUrl, ...row }) =>
      record("people", row, {
        ...named("people", row),
        maidenSpeech:
          maidenSpeechDate === undefined
            ? undefined
            : {
                date: maidenSpeechDate,
                hansardReference: maidenSpeechReference,
                url: maidenSpeechUrl,
                sources: cited("people", row.id, "maidenSpeech"),
              },
      }),
    ),
    memberships: table("memberships").map((row) => record("memberships", row)),
    posts: table("posts").map((row) => record("posts", row)),
    areas: table("areas").map((row) => {
      const shares = localAuthorities(String(row.id)).map(({ code, name, populationShare }) => ({
        code,
        name,
        populationShare,
      }));
      return record("areas", row, {
        ...named("areas", row),
        localAuthorities: nonEmpty(shares),
        overlaps: nonEmpty(overlaps(String(row.id)).map(({ areaId, position, ...overlap }) => overlap)),
      });
    }),
    events: table("events").map((row) =>
      record("events", row, {
        identifiers: nonEmpty(named("events", row).identifiers as unknown[]),
        participants: participants(String(row.id)).map((item, index) => ({
          personId: item.personId,
          role: item.role,
          introducedAs: item.introducedAs,
          sources: cited("events", row.id, `participants/${index + 1}`),
        })),
      }),
    ),
    statements: table("statements").map((row) => {
      const about = subjects(String(row.id)).map((item) => item.organizationId);
      return record("statements", row, {
        topics: topics(String(row.id)).map((item) => item.topic),
        aboutOrganizationIds: about.length > 0 ? about : undefined,
      });
    }),
    contests: table("contests").map((row) => record("contests", row)),
    candidacies: table("candidacies").map((row) =>
      record("candidacies", row, { otherNames: nonEmpty(named("candidacies", row).otherNames as unknown[]) }),
    ),
    notionalResults: table("notional_results").map((row) =>
      record("notionalResults", row, {
        results: notionalVotes(String(row.id)).map(({ notionalResultId, position, ...votes }) => votes),
      }),
    ),
    errata: table("errata").map(({ section, paragraph, bullet, subjectCollection, subjectId, subjectField, ...row }) =>
      defined({
        ...row,
        locator: locatorOf({ section, paragraph, bullet }),
        subject: { collection: subjectCollection, id: subjectId, field: subjectField },
        evidence: cited("errata", row.id, "evidence"),
      }),
    ),
  };
}
