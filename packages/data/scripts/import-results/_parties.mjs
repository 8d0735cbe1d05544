// Parties as organizations, one per party id of the UK Parliament (MNIS), named as the general-election export
// names them; other spellings become other names, each with its source. Nothing is matched by name.
import { applicationCitation, generalRowCitation } from "./_citations.mjs";
import { decodeEntities, slug } from "./_read.mjs";

/** The UK Parliament's party id for candidates who stood as independents: not a party. */
export const INDEPENDENT_PARTY_MNIS_ID = "8";

// Parties the hand-written records already hold, by the UK Parliament's party id or the Electoral Commission's.
export const KNOWN_PARTY_IDS = { mnis: { 15: "labour-party" }, electoralCommission: { PP119: "co-operative-party" } };

/** Every mention of a party in the reference rows, with the source that makes it. */
export function partyMentions({ general, byElection, notional }) {
  const mentions = [];
  for (const row of general) {
    if (row.main_party_mnis_id === "") continue;
    mentions.push({
      mnis: row.main_party_mnis_id,
      name: decodeEntities(row.main_party_name),
      abbreviation: row.main_party_abbreviation,
      electoralCommission: row.main_party_electoral_commission_id,
      citation: generalRowCitation(
        row,
        `party ${row.main_party_mnis_id} as named in the general election of ${row.general_election_polling_date}`,
        { url: undefined },
      ),
      rank: 0,
    });
  }
  for (const row of byElection) {
    mentions.push({
      mnis: row.party_mnis_id,
      name: row.party_name,
      abbreviation: row.party_abbreviation,
      electoralCommission: row.party_electoral_commission_id,
      citation: applicationCitation(
        row,
        `party ${row.party_mnis_id} as named at the by-election of ${row.polling_date}`,
      ),
      rank: 1,
    });
  }
  for (const row of notional) {
    if (row.party_mnis_id === "NA") continue;
    mentions.push({
      mnis: row.party_mnis_id,
      name: row.party_name,
      abbreviation: row.party_abbreviation,
      electoralCommission: "",
      citation: applicationCitation(row, `party ${row.party_mnis_id} as named in the notional results of 2019`),
      rank: 2,
    });
  }
  return mentions.filter((mention) => mention.mnis !== INDEPENDENT_PARTY_MNIS_ID);
}

const unique = (values) => [...new Set(values)];

/** One organization per party id; the first name of the most authoritative source is the record's name. */
export function toParties(mentions) {
  const byMnis = new Map();
  for (const mention of mentions) byMnis.set(mention.mnis, [...(byMnis.get(mention.mnis) ?? []), mention]);
  const sharedCommission = new Map();
  for (const [mnis, list] of byMnis) {
    for (const code of unique(list.map((mention) => mention.electoralCommission).filter(Boolean))) {
      sharedCommission.set(code, [...(sharedCommission.get(code) ?? []), mnis]);
    }
  }
  const records = [];
  const idByMnis = new Map(Object.entries(KNOWN_PARTY_IDS.mnis));
  for (const [mnis, list] of byMnis) {
    const ranked = [...list].sort((a, b) => a.rank - b.rank);
    const [first] = ranked;
    const id = idByMnis.get(mnis) ?? slug(first.name).replace(/^the-/, "");
    idByMnis.set(mnis, id);
    if (KNOWN_PARTY_IDS.mnis[mnis]) continue;
    const otherNames = unique(ranked.map((mention) => mention.name))
      .filter((name) => name !== first.name)
      .map((name) => ({
        name,
        note: "Another name the UK Parliament's data gives the same party id.",
        sources: [ranked.find((mention) => mention.name === name).citation],
      }));
    const codes = unique(ranked.map((mention) => mention.electoralCommission).filter(Boolean));
    records.push({
      id,
      name: first.name,
      abbreviation: first.abbreviation || undefined,
      classification: "political-party",
      otherNames,
      identifiers: [
        { scheme: "uk-parliament-party", identifier: mnis, sources: [first.citation] },
        ...codes.map((code) => {
          const others = sharedCommission.get(code).filter((other) => other !== mnis);
          const citation = ranked.find((mention) => mention.electoralCommission === code).citation;
          return {
            scheme: "electoral-commission",
            identifier: code,
            sources: [
              others.length === 0
                ? citation
                : {
                    ...citation,
                    note: `${citation.note}; the same Electoral Commission registration is given for UK Parliament party ${others.join(", ")}, which the UK Parliament's data lists as another party`,
                  },
            ],
          };
        }),
      ],
      sources: [first.citation],
    });
  }
  const ids = records.map((record) => record.id);
  const clash = ids.find((id, index) => ids.indexOf(id) !== index);
  if (clash) throw new Error(`two parties would have the id ${clash}`);
  records.sort((a, b) => a.id.localeCompare(b.id));
  return { records, idByMnis };
}
