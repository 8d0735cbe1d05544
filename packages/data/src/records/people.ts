import type { PersonInput } from "./_types";
import type { SourceId } from "./sources";

const SAME_QID_IN_EVERYPOLITICIAN = {
  sourceId: "everypolitician-uk-commons",
  note: "the same QID through the EveryPolitician id map and Wikidata reconciliation",
  basis: "stated",
} as const;

const LISTED_AS_SCG_MP = {
  sourceId: "organising-around-socialist-policies",
  locator: { section: "The Socialist Campaign Group of Labour MPs", paragraph: 4 },
  basis: "stated",
} as const;

const NAMED_AS_SPEAKER = {
  sourceId: "organising-around-socialist-policies",
  locator: { section: "Northern England Labour Left", paragraph: 2 },
  basis: "stated",
} as const;

const NAMED_IN_RESULTS_2019 = { sourceId: "uk-parliament-ge2019-results", basis: "stated" } as const;

const NAMED_IN_REGISTER_2024 = { sourceId: "twfy-register-2024-05-28", basis: "stated" } as const;

const NAMED_BY_DEMOCRACY_CLUB = { sourceId: "democracy-club-ge2019-candidates", basis: "stated" } as const;

export const personRecords = [
  {
    id: "diane-abbott",
    name: "Diane Abbott",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "172",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000720',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 10001 points to member 172",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "10001",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 10001", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 172 to TheyWorkForYou person 10001",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 10001",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q153454",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000720",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "paula-barker",
    name: "Paula Barker",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4828",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000795',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25819 points to member 4828",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25819",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25819", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4828 to TheyWorkForYou person 25819",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76363951",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000795",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "apsana-begum",
    name: "Apsana Begum",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4790",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000882',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25914 points to member 4790",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25914",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25914", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4790 to TheyWorkForYou person 25914",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76363973",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000882",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "olivia-blake",
    name: "Olivia Blake",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4864",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000922',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25908 points to member 4864",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25908",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25908", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4864 to TheyWorkForYou person 25908",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76363044",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000922",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "richard-burgon",
    name: "Richard Burgon",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4493",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000778',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25391 points to member 4493",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25391",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25391", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4493 to TheyWorkForYou person 25391",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25391",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q19871710",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000778",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "ian-byrne",
    name: "Ian Byrne",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4831",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000796',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25816 points to member 4831",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25816",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25816", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4831 to TheyWorkForYou person 25816",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76365836",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000796",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "dan-carden",
    name: "Dan Carden",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4651",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000794',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25642 points to member 4651",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25642",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25642", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4651 to TheyWorkForYou person 25642",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25642",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q30226321",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000794",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "jeremy-corbyn",
    name: "Jeremy Corbyn",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "185",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000763',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 10133 points to member 185",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "10133",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 10133", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 185 to TheyWorkForYou person 10133",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 10133",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q291169",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000763",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP, NAMED_AS_SPEAKER],
  },
  {
    id: "marsha-de-cordova",
    name: "Marsha de Cordova",
    otherNames: [
      {
        name: "Marsha De Cordova",
        note: "The name in the UK Parliament 2019 results.",
        sources: [NAMED_IN_RESULTS_2019],
      },
    ],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4676",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000549',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25620 points to member 4676",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25620",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25620", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4676 to TheyWorkForYou person 25620",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25620",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q30163501",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000549",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "mary-foy",
    name: "Mary Foy",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4753",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000641',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25833 points to member 4753",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25833",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25833", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4753 to TheyWorkForYou person 25833",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76363590",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000641",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "rachel-hopkins",
    name: "Rachel Hopkins",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4873",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000801',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25809 points to member 4873",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25809",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25809", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4873 to TheyWorkForYou person 25809",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76448943",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000801",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "imran-hussain",
    name: "Imran Hussain",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4394",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000587',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25375 points to member 4394",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25375",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25375", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4394 to TheyWorkForYou person 25375",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25375",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q19958134",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000587",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "kim-johnson",
    name: "Kim Johnson",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4824",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000793',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25803 points to member 4824",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25803",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25803", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4824 to TheyWorkForYou person 25803",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76449002",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000793",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "ian-lavery",
    name: "Ian Lavery",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4139",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14001014',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 24963 points to member 4139",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "24963",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 24963", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4139 to TheyWorkForYou person 24963",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 24963",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q750129",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14001014",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "clive-lewis",
    name: "Clive Lewis",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4500",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000864',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25356 points to member 4500",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25356",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25356", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4500 to TheyWorkForYou person 25356",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25356",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q20127903",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000864",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP, NAMED_AS_SPEAKER],
  },
  {
    id: "rebecca-long-bailey",
    name: "Rebecca Long-Bailey",
    otherNames: [
      {
        name: "Rebecca Long Bailey",
        note: "The name in the Democracy Club 2019 candidates.",
        sources: [NAMED_BY_DEMOCRACY_CLUB],
      },
    ],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4396",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000911',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25368 points to member 4396",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25368",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25368", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4396 to TheyWorkForYou person 25368",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25368",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q19979355",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000911",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "rachael-maskell",
    name: "Rachael Maskell",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4471",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14001061',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25433 points to member 4471",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25433",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25433", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4471 to TheyWorkForYou person 25433",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25433",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q20127923",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14001061",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "andy-mcdonald",
    name: "Andy McDonald",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4269",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000819',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25169 points to member 4269",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25169",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25169", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4269 to TheyWorkForYou person 25169",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25169",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q4761018",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000819",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "john-mcdonnell",
    name: "John McDonnell",
    otherNames: [
      {
        name: "John Martin McDonnell",
        note: "The name in the TheyWorkForYou register of 2024-05-28.",
        sources: [NAMED_IN_REGISTER_2024],
      },
    ],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "178",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000737',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 10383 points to member 178",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "10383",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 10383", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 178 to TheyWorkForYou person 10383",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 10383",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q694695",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000737",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP, NAMED_AS_SPEAKER],
  },
  {
    id: "ian-mearns",
    name: "Ian Mearns",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4000",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000709',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 24919 points to member 4000",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "24919",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 24919", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4000 to TheyWorkForYou person 24919",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 24919",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q583906",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000709",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "nav-mishra",
    name: "Nav Mishra",
    otherNames: [
      {
        name: "Navendu Mishra",
        note: "The name in the UK Parliament 2019 results. The name in the TheyWorkForYou register of 2024-05-28. The name in the Democracy Club 2019 candidates.",
        sources: [NAMED_IN_RESULTS_2019, NAMED_IN_REGISTER_2024, NAMED_BY_DEMOCRACY_CLUB],
      },
    ],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4811",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000969',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25836 points to member 4811",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25836",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25836", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4811 to TheyWorkForYou person 25836",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q75720091",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000969",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "grahame-morris",
    name: "Grahame Morris",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "3973",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000677',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 24715 points to member 3973",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "24715",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 24715", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 3973 to TheyWorkForYou person 24715",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 24715",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q580215",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000677",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "charlotte-nichols",
    name: "Charlotte Nichols",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4799",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14001017',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25885 points to member 4799",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25885",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25885", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4799 to TheyWorkForYou person 25885",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76364081",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14001017",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "kate-osamor",
    name: "Kate Osamor",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4515",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000687',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25365 points to member 4515",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25365",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25365", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4515 to TheyWorkForYou person 25365",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25365",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q20022488",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000687",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "kate-osborne",
    name: "Kate Osborne",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4783",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000765',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25794 points to member 4783",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25794",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25794", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4783 to TheyWorkForYou person 25794",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76450728",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000765",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "bell-ribeiro-addy",
    name: "Bell Ribeiro-Addy",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4764",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000978',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25856 points to member 4764",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25856",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25856", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4764 to TheyWorkForYou person 25856",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76364048",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000978",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "lloyd-russell-moyle",
    name: "Lloyd Russell-Moyle",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4615",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000597',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25667 points to member 4615",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25667",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25667", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4615 to TheyWorkForYou person 25667",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25667",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q30165113",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000597",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "zarah-sultana",
    name: "Zarah Sultana",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4786",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000651',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25909 points to member 4786",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25909",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25909", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4786 to TheyWorkForYou person 25909",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q63929279",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000651",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "sam-tarry",
    name: "Sam Tarry",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4829",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000760',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25912 points to member 4829",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25912",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25912", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4829 to TheyWorkForYou person 25912",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76363937",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000760",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "jon-trickett",
    name: "Jon Trickett",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "410",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000740',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 10604 points to member 410",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "10604",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 10604", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 410 to TheyWorkForYou person 10604",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 10604",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q272234",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000740",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "claudia-webbe",
    name: "Claudia Webbe",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4848",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000782',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25797 points to member 4848",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25797",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25797", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4848 to TheyWorkForYou person 25797",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q5129278",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000782",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "mick-whitley",
    name: "Mick Whitley",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4755",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000559',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25798 points to member 4755",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25798",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25798", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4755 to TheyWorkForYou person 25798",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76363909",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000559",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "nadia-whittome",
    name: "Nadia Whittome",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4869",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000865',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25845 points to member 4869",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25845",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25845", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4869 to TheyWorkForYou person 25845",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76363111",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000865",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "beth-winter",
    name: "Beth Winter",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4809",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for W07000070',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25826 points to member 4809",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25826",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25826", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4809 to TheyWorkForYou person 25826",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q76363918",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:W07000070",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [LISTED_AS_SCG_MP],
  },
  {
    id: "emma-lewell-buck",
    name: "Emma Lewell-Buck",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4277",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000944',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25181 points to member 4277",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25181",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25181", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4277 to TheyWorkForYou person 25181",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q16190712",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000944",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [NAMED_AS_SPEAKER],
  },
  { id: "jamie-driscoll", name: "Jamie Driscoll", otherNames: [], identifiers: [], sources: [NAMED_AS_SPEAKER] },
  { id: "catherine-donovan", name: "Catherine Donovan", otherNames: [], identifiers: [], sources: [NAMED_AS_SPEAKER] },
  { id: "gemma-bolton", name: "Gemma Bolton", otherNames: [], identifiers: [], sources: [NAMED_AS_SPEAKER] },
  {
    id: "laura-pidcock",
    name: "Laura Pidcock",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4665",
        sources: [
          {
            sourceId: "uk-parliament-ge2017-results",
            note: '"Candidate MNIS ID" in the winning row for E14000856 in 2017',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25640 points to member 4665",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25640",
        sources: [
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4665 to TheyWorkForYou person 25640",
            basis: "stated",
          },
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "parlparse_id of the 2019 candidate, person 25640",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q30174635",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of her 2019 candidacy for WMC:E14000856",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [NAMED_AS_SPEAKER],
  },
  {
    id: "keir-starmer",
    name: "Keir Starmer",
    otherNames: [],
    identifiers: [
      {
        scheme: "uk-parliament",
        identifier: "4514",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: '"Candidate MNIS ID" in the winning row for E14000750',
            basis: "stated",
          },
          {
            sourceId: "parlparse-official-profiles",
            note: "the profile of TheyWorkForYou person 25353 points to member 4514",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "theyworkforyou",
        identifier: "25353",
        sources: [
          { sourceId: "twfy-register-2024-05-28", note: "the register entry of person 25353", basis: "stated" },
          {
            sourceId: "parlparse-official-profiles",
            note: "maps member 4514 to TheyWorkForYou person 25353",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q6383803",
        sources: [
          {
            sourceId: "democracy-club-ge2019-candidates",
            note: "wikidata_id of the 2019 candidate for WMC:E14000750",
            basis: "stated",
          },
          SAME_QID_IN_EVERYPOLITICIAN,
        ],
      },
    ],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: { section: "Introduction", paragraph: 1 },
        basis: "stated",
      },
    ],
  },
] as const satisfies readonly PersonInput<SourceId>[];

export type PersonId = (typeof personRecords)[number]["id"];
