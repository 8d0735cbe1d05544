// Each person's maiden speech: the day and the Hansard reference and address the application gives.
import { applicationCitation } from "./_citations.mjs";

export function toMaidenSpeech(row, personId) {
  return {
    personId,
    date: row.date,
    hansardReference: row.hansard_reference,
    url: row.hansard_url,
    sources: [
      applicationCitation(
        row,
        `the maiden speech of member ${row.mnis_id} (${row.member_name}, Wikidata ${row.wikidata_qid}), Parliament ${row.parliament_number}, session ${row.session}`,
      ),
    ],
  };
}
