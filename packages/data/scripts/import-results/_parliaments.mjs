// Parliaments 55 to 59 as Popolo legislative periods (events), from the application's parliament_periods.csv.
import { applicationCitation } from "./_citations.mjs";

export const parliamentId = (number) => `parliament-${number}`;

/** number -> the row of parliament_periods.csv */
export const periodsByNumber = (rows) => new Map(rows.map((row) => [row.parliament_number, row]));

export function toParliament(row) {
  const dissolved = row.dissolved_on === "" ? undefined : row.dissolved_on;
  const cited = (note, fields) => applicationCitation(row, `Parliament ${row.parliament_number}: ${note}`, { fields });
  return {
    id: parliamentId(row.parliament_number),
    name: `Parliament ${row.parliament_number}`,
    classification: "legislative-period",
    organizationId: "house-of-commons",
    startDate: row.summoned_on,
    endDate: dissolved,
    stateOpeningDate: row.state_opening_on,
    participants: [],
    participantsComplete: false,
    identifiers: [
      {
        scheme: "wikidata",
        identifier: row.parliament_wikidata_qid,
        sources: [cited("its Wikidata id, as the application's import reads it")],
      },
    ],
    sources: [
      cited(
        `elected at the general election the source writes ${row.general_election_as_source_writes}; summoned ${row.summoned_on}, state opening ${row.state_opening_on}, ${dissolved ? `dissolved ${dissolved}` : "no dissolution given"}${row.london_gazette_citation ? `; London Gazette citation: ${row.london_gazette_citation}` : ""}`,
      ),
    ],
  };
}
