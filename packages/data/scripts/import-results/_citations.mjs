// How a value read from a reference row is cited: which source, which row, and the address of the page or file.

/** The general-election exports of the UK Parliament's results, one source per polling year. */
export const generalSourceId = (pollingDay) => `uk-parliament-ge${pollingDay.slice(0, 4)}-results`;

/** The UK Parliament's results application: one source, each citation naming its file at its commit. */
export const APPLICATION_SOURCE_ID = "uk-parliament-results-application";

export const applicationFileUrl = (row) =>
  `https://github.com/ukparliament/psephology/blob/${row.source_commit}/${row.source_file}`;

export function applicationCitation(row, note, extra = {}) {
  return {
    sourceId: APPLICATION_SOURCE_ID,
    url: applicationFileUrl(row),
    note: `${row.source_file} at ${row.source_commit.slice(0, 7)}: ${note}`,
    basis: "stated",
    ...extra,
  };
}

/** A general-election row: the contest's own page on the results service, and the row it came from. */
export function generalRowCitation(row, note, extra = {}) {
  return {
    sourceId: generalSourceId(row.general_election_polling_date),
    url: row.election_url,
    note,
    basis: "stated",
    ...extra,
  };
}

export const inferred = (citation, fields, reason) => ({ ...citation, basis: "inferred", fields, reason });
