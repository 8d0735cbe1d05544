import type { SourceInput } from "./_types";

export const sourceRecords = [
  {
    id: "organising-around-socialist-policies",
    kind: "article",
    title: "Organising around socialist policies",
    titleBasis: "derived",
    publisher: "Penrith and The Border Labour Party",
    url: "https://www.penrithborderlabour.org.uk/news/2020/09/21/organising-around-socialist-policies/",
    published: "2020-09-21",
    language: "en-GB",
    notes: [
      "The primary source: every record states a fact from it or cites a reference dataset.",
      "The archived text has no title; the title is read from the address's slug.",
      "The archived text bears no date; the publication date is read from the address's date path.",
      "The website navigation captured with the page is not content and is not used.",
    ],
    omissions: [
      {
        locator: { section: "Introduction", paragraph: 1 },
        description:
          "The article says \u201cSee Keir Starmer\u2019s pledges at the end of this article\u201d, but the archived text does not contain the pledges. They are a known gap and are not filled in from elsewhere.",
      },
    ],
  },
  {
    id: "uk-parliament-ge2019-results",
    kind: "dataset",
    title: "General election 2019: candidate-level results",
    titleBasis: "derived",
    publisher: "UK Parliament (election results service)",
    published: "2019-12-12",
    copyUsed:
      "phoughton/sl_gen_election, data/candidate-level-results-general-election-12-12-2019.csv, commit e6a9c4760da9212ede27097726488d0bb2010610",
    notes: [
      "Constituency names and GSS codes, English regions, candidates' member (MNIS) ids, results and parties; includes the dates Parliament 58 was summoned and dissolved.",
      "The published date is the polling day the results are for. The export itself was made after 2024-05-30: it includes that date as Parliament 58's dissolution.",
    ],
    omissions: [],
  },
  {
    id: "uk-parliament-ge2010-results",
    kind: "dataset",
    title: "General election 2010: candidate-level results",
    titleBasis: "derived",
    publisher: "UK Parliament (election results service)",
    published: "2010-05-06",
    copyUsed:
      "phoughton/sl_gen_election, data/candidate-level-results-general-election-06-05-2010.csv, commit 1e7112fcc6617fdb0af9c536f9cbe38ed8393abc",
    notes: [
      "Candidacies at the election of 2010-05-06 of the people with a UK Parliament member id; each row gives the constituency election's own address.",
      "The published date is the polling day the results are for, not the date the export was made.",
    ],
    omissions: [],
  },
  {
    id: "uk-parliament-ge2015-results",
    kind: "dataset",
    title: "General election 2015: candidate-level results",
    titleBasis: "derived",
    publisher: "UK Parliament (election results service)",
    published: "2015-05-07",
    copyUsed:
      "phoughton/sl_gen_election, data/candidate-level-results-general-election-07-05-2015.csv, commit 3d38028174023b78dd6e179b34e16677c9e85cbe",
    notes: [
      "Candidacies at the election of 2015-05-07 of the people with a UK Parliament member id; each row gives the constituency election's own address.",
      "The published date is the polling day the results are for, not the date the export was made.",
    ],
    omissions: [],
  },
  {
    id: "uk-parliament-ge2017-results",
    kind: "dataset",
    title: "General election 2017: candidate-level results",
    titleBasis: "derived",
    publisher: "UK Parliament (election results service)",
    published: "2017-06-08",
    copyUsed:
      "phoughton/sl_gen_election, data/candidate-level-results-general-election-08-06-2017.csv, commit e6a9c4760da9212ede27097726488d0bb2010610",
    notes: [
      "Candidacies at the election of 2017-06-08 of the people with a UK Parliament member id, and the date Parliament 57 was dissolved (2019-11-05).",
      "The published date is the polling day the results are for, not the date the export was made.",
    ],
    omissions: [],
  },
  {
    id: "uk-parliament-ge2024-results",
    kind: "dataset",
    title: "General election 2024: candidate-level results",
    titleBasis: "derived",
    publisher: "UK Parliament (election results service)",
    published: "2024-07-04",
    copyUsed:
      "phoughton/sl_gen_election, data/candidate-level-results-general-election-04-07-2024.csv, commit d32c200cda9ac4659e14f45dea8b5705e7e333c6",
    notes: [
      "Candidacies at the election of 2024-07-04 of the people with a UK Parliament member id, and the constituencies of the boundaries in force from 2024-05-31.",
      "The published date is the polling day the results are for, not the date the export was made.",
    ],
    omissions: [],
  },
  {
    id: "hoc-library-ge2019-results",
    kind: "dataset",
    title: "General election 2019 results by constituency",
    titleBasis: "derived",
    publisher: "House of Commons Library",
    published: "2019-12",
    copyUsed:
      "thicknavyrain/leaflet_vote_share_2019, HoC-GE2019-results-by-constituency.csv, commit 1c66345b95673ce1f45f4953affb3d82dd17350b",
    notes: ["Constituency names, counties and regions."],
    omissions: [],
  },
  {
    id: "twfy-register-2024-05-28",
    kind: "dataset",
    title: "Register of Members' Financial Interests, 28 May 2024, as published by TheyWorkForYou",
    titleBasis: "derived",
    publisher: "mySociety (TheyWorkForYou, parlparse)",
    published: "2024-05-28",
    copyUsed: "mysociety/mysoc-validator, data/regmem2024-05-28.xml, commit 9382eee967733723e961bf6ecb2dbb4a672404ef",
    notes: ["Gives each member's TheyWorkForYou person id, name and constituency."],
    omissions: [],
  },
  {
    id: "parlparse-official-profiles",
    kind: "dataset",
    title: "parlparse official profiles (TheyWorkForYou person id to UK Parliament member id)",
    titleBasis: "derived",
    publisher: "mySociety (parlparse)",
    published: "2025-03",
    copyUsed: "mysociety/parlparse, members/official-profiles.xml, commit a0191b44460fe09cc081740d3c8e7189ccdf1d4f",
    notes: ["Used to confirm that each TheyWorkForYou id and UK Parliament member id belong to the same person."],
    omissions: [],
  },
  {
    id: "democracy-club-ge2019-candidates",
    kind: "dataset",
    title: "Democracy Club candidates for the UK Parliament election of 2019-12-12",
    titleBasis: "derived",
    publisher: "Democracy Club",
    copyUsed:
      "evanodell/parlitools, data-raw/candidates-parl.2019-12-12.csv, commit a332a94d2e29f9ac81cfe3d52c8dac1b7715e4f2",
    notes: [
      "Gives Wikidata QIDs and parlparse ids of candidates; matched on the elected candidate of each constituency.",
    ],
    omissions: [],
  },
  {
    id: "everypolitician-uk-commons",
    kind: "dataset",
    title: "EveryPolitician UK House of Commons id map and Wikidata reconciliation",
    titleBasis: "derived",
    publisher: "EveryPolitician",
    copyUsed:
      "everypolitician/everypolitician-data, data/UK/Commons/sources/idmap/data.csv at 0312e35ffa9abdcecb6aaa90d2a2ccea52aef2a5 and data/UK/Commons/sources/reconciliation/wikidata.csv at 041c2f6ec9ed382c439c032d66cbd84358ebf1cf",
    notes: ["Used only as a cross-check of Wikidata QIDs; its data ends with the 2017-2019 Parliament."],
    omissions: [],
  },
  {
    id: "mysociety-constituency-la-overlaps",
    kind: "dataset",
    title: "Geographic overlaps: 2010 Westminster constituencies and 2023 local authorities",
    titleBasis: "derived",
    publisher: "mySociety",
    published: "2023",
    license: "CC-BY-4.0",
    copyUsed:
      "mysociety/2025-constituencies, data/packages/geographic_overlaps/PARL10_LAD23_combo_overlap.parquet, commit c1e5e55ff605b1802ee5133c20ddb8a6458db5eb",
    notes: ["Population shares of each constituency by local authority, rounded to two decimals."],
    omissions: [],
  },
  {
    id: "mysociety-local-authority-codes",
    kind: "dataset",
    title: "UK local authority names and codes, version 1.6.1",
    titleBasis: "derived",
    publisher: "mySociety",
    published: "2025-07",
    license: "CC-BY-4.0",
    copyUsed:
      "mysociety/uk_local_authority_names_and_codes, data/packages/uk_la_past_current/uk_local_authorities_current.csv, commit 67ef8b118938678401a452f4f19f669a7221cc73",
    notes: ["Local authority names and the combined authority each belonged to (the 2018-2024 arrangement)."],
    omissions: [],
  },
  {
    id: "os-boundary-line-constituencies-2018",
    kind: "dataset",
    title: "Westminster constituencies from OS Boundary-Line 2018-05, with Wikidata QIDs",
    titleBasis: "derived",
    publisher: "Ordnance Survey (boundaries), EveryPolitician (Wikidata matching)",
    published: "2018-05",
    license: "Open Government Licence v3 (boundaries); none stated for the QIDs",
    copyUsed:
      "everypolitician/proto-commons-united-kingdom, boundaries/build/westminster-constituencies/westminster-constituencies.csv, commit 85dbc2ad100b0d6365d5da7cedd64005f3844f96",
    notes: ["Constituency names in Ordnance Survey capitalisation and constituency Wikidata QIDs."],
    omissions: [],
  },
  {
    id: "open-innovations-la-constituency-lookup",
    kind: "dataset",
    title: "Lookup from 2022 local authorities to 2010 constituencies",
    titleBasis: "derived",
    publisher: "Open Innovations",
    copyUsed:
      "open-innovations/constituencies, lookups/lookup-LAD22CD-PCON22CD.json, commit bad68ac23112b54d2644a1e3173b99854ae3d559",
    notes: ["Used for the pre-2023 Cumbrian districts only; the method behind its fractions is not documented."],
    omissions: [],
  },
] as const satisfies readonly SourceInput[];

export type SourceId = (typeof sourceRecords)[number]["id"];
