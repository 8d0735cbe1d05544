// NELL's 33 constituencies (2010-2024 boundaries) and the seats of the other MPs in the records.
import type { AreaInput } from "./_types";
import type { RegionId } from "./regions";
import type { SourceId } from "./sources";

const LOCAL_AUTHORITY_SHARES = {
  sourceId: "mysociety-constituency-la-overlaps",
  note: "local authorities overlapping the constituency, by population share",
  basis: "stated",
  fields: ["localAuthorities"],
} as const;

const LOCAL_AUTHORITY_NAMES = {
  sourceId: "mysociety-local-authority-codes",
  note: "local authority names",
  basis: "stated",
  fields: ["localAuthorities"],
} as const;

const BOUNDARIES_OF_2010 = {
  sourceId: "uk-parliament-ge2019-results",
  note: "boundary set start and end dates of the constituency: 2010-04-13 to 2024-05-30",
  basis: "stated",
  fields: ["startDate", "endDate"],
} as const;

const NAMED_BY_ORDNANCE_SURVEY = { sourceId: "os-boundary-line-constituencies-2018", basis: "stated" } as const;

const NAMED_IN_RESULTS_2019 = { sourceId: "uk-parliament-ge2019-results", basis: "stated" } as const;

const NAMED_BY_COMMONS_LIBRARY = { sourceId: "hoc-library-ge2019-results", basis: "stated" } as const;

const NAMED_IN_NORTH_CUMBRIA = {
  sourceId: "organising-around-socialist-policies",
  locator: { section: "Northern England Labour Left", paragraph: 1 },
  basis: "stated",
} as const;

export const constituencyRecords = [
  {
    id: "berwick-upon-tweed",
    name: "Berwick-upon-Tweed",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "northumberland",
    localAuthorities: [{ code: "E06000057", name: "Northumberland", populationShare: 1.0 }],
    otherNames: [
      {
        name: "Berwick-Upon-Tweed",
        note: "The name in the UK Parliament 2019 results and the House of Commons Library.",
        sources: [NAMED_IN_RESULTS_2019, NAMED_BY_COMMONS_LIBRARY],
      },
    ],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000554",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Berwick-Upon-Tweed",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Berwick-upon-Tweed", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1072626",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Berwick-upon-Tweed (E14000554)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000554: Berwick-Upon-Tweed, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000554",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000554: Northumberland 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Northumberland (NTCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000057: NTCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Northumberland (NTCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "bishop-auckland",
    name: "Bishop Auckland",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "durham",
    localAuthorities: [{ code: "E06000047", name: "County Durham", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000569",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Bishop Auckland",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Bishop Auckland", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1072667",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Bishop Auckland (E14000569)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000569: Bishop Auckland, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000569",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000569: County Durham 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000047: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "blaydon",
    name: "Blaydon",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "south-of-tyne",
    localAuthorities: [{ code: "E08000037", name: "Gateshead", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000574",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Blaydon",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Blaydon", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q3134218",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Blaydon (E14000574)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000574: Blaydon, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000574",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000574: Gateshead 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Gateshead (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000037: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Gateshead (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "blyth-valley",
    name: "Blyth Valley",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "northumberland",
    localAuthorities: [{ code: "E06000057", name: "Northumberland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000575",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Blyth Valley",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Blyth Valley", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1072792",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Blyth Valley (E14000575)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000575: Blyth Valley, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000575",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000575: Northumberland 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Northumberland (NTCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000057: NTCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Northumberland (NTCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "city-of-durham",
    name: "City of Durham",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "durham",
    localAuthorities: [{ code: "E06000047", name: "County Durham", populationShare: 1.0 }],
    otherNames: [
      {
        name: "City Of Durham",
        note: "The name in the UK Parliament 2019 results and the House of Commons Library.",
        sources: [NAMED_IN_RESULTS_2019, NAMED_BY_COMMONS_LIBRARY],
      },
    ],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000641",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of City Of Durham",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of City of Durham", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1075483",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of City of Durham (E14000641)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000641: City Of Durham, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000641",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000641: County Durham 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000047: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "darlington",
    name: "Darlington",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "tees-valley",
    localAuthorities: [{ code: "E06000005", name: "Darlington", populationShare: 1.0 }],
    note: "The House of Commons Library gives Darlington's county as “Durham”, but its local authority, Darlington, belongs to the Tees Valley combined authority.",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000658",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Darlington",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Darlington", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1072896",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Darlington (E14000658)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000658: Darlington, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000658",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000658: Darlington 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Darlington (TVCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "hoc-library-ge2019-results",
        note: "County name of E14000658: Durham",
        basis: "stated",
        fields: ["note"],
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000005: TVCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Darlington (TVCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "easington",
    name: "Easington",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "durham",
    localAuthorities: [{ code: "E06000047", name: "County Durham", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000677",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Easington",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Easington", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q611841",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Easington (E14000677)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000677: Easington, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000677",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000677: County Durham 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000047: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "gateshead",
    name: "Gateshead",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "south-of-tyne",
    localAuthorities: [{ code: "E08000037", name: "Gateshead", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000709",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Gateshead",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Gateshead", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q3301660",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Gateshead (E14000709)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000709: Gateshead, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000709",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000709: Gateshead 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Gateshead (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000037: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Gateshead (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "hartlepool",
    name: "Hartlepool",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "tees-valley",
    localAuthorities: [{ code: "E06000001", name: "Hartlepool", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000733",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Hartlepool",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Hartlepool", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1072710",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Hartlepool (E14000733)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000733: Hartlepool, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000733",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000733: Hartlepool 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Hartlepool (TVCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000001: TVCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Hartlepool (TVCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "hexham",
    name: "Hexham",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "northumberland",
    localAuthorities: [{ code: "E06000057", name: "Northumberland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000746",
        sources: [
          { sourceId: "uk-parliament-ge2019-results", note: "constituency geographic code of Hexham", basis: "stated" },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Hexham", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1072703",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Hexham (E14000746)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000746: Hexham, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000746",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000746: Northumberland 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Northumberland (NTCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000057: NTCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Northumberland (NTCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "houghton-and-sunderland-south",
    name: "Houghton and Sunderland South",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "south-of-tyne",
    localAuthorities: [{ code: "E08000024", name: "Sunderland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000754",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Houghton and Sunderland South",
            basis: "stated",
          },
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "gss of Houghton and Sunderland South",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q3138221",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Houghton and Sunderland South (E14000754)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000754: Houghton and Sunderland South, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000754",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000754: Sunderland 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Sunderland (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000024: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Sunderland (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "jarrow",
    name: "Jarrow",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "south-of-tyne",
    localAuthorities: [
      { code: "E08000023", name: "South Tyneside", populationShare: 0.8 },
      { code: "E08000037", name: "Gateshead", populationShare: 0.2 },
    ],
    note: "Straddles local authorities: South Tyneside 0.8, Gateshead 0.2 (population shares).",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000765",
        sources: [
          { sourceId: "uk-parliament-ge2019-results", note: "constituency geographic code of Jarrow", basis: "stated" },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Jarrow", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1072775",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Jarrow (E14000765)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000765: Jarrow, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000765",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000765: South Tyneside 0.8",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority South Tyneside (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000023: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority South Tyneside (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "middlesbrough",
    name: "Middlesbrough",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "tees-valley",
    localAuthorities: [{ code: "E06000002", name: "Middlesbrough", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000819",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Middlesbrough",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Middlesbrough", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1053438",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Middlesbrough (E14000819)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000819: Middlesbrough, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000819",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000819: Middlesbrough 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Middlesbrough (TVCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000002: TVCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Middlesbrough (TVCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "middlesbrough-south-and-east-cleveland",
    name: "Middlesbrough South and East Cleveland",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "tees-valley",
    localAuthorities: [
      { code: "E06000003", name: "Redcar and Cleveland", populationShare: 0.52 },
      { code: "E06000002", name: "Middlesbrough", populationShare: 0.48 },
    ],
    note: "Straddles local authorities: Redcar and Cleveland 0.52, Middlesbrough 0.48 (population shares).",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000820",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Middlesbrough South and East Cleveland",
            basis: "stated",
          },
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "gss of Middlesbrough South and East Cleveland",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1053429",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Middlesbrough South and East Cleveland (E14000820)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000820: Middlesbrough South and East Cleveland, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000820",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000820: Redcar and Cleveland 0.52",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Redcar and Cleveland (TVCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000003: TVCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Redcar and Cleveland (TVCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "newcastle-upon-tyne-central",
    name: "Newcastle upon Tyne Central",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "north-of-tyne",
    localAuthorities: [{ code: "E08000021", name: "Newcastle upon Tyne", populationShare: 1.0 }],
    otherNames: [
      {
        name: "Newcastle Upon Tyne Central",
        note: "The name in the UK Parliament 2019 results and the House of Commons Library.",
        sources: [NAMED_IN_RESULTS_2019, NAMED_BY_COMMONS_LIBRARY],
      },
    ],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000831",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Newcastle Upon Tyne Central",
            basis: "stated",
          },
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "gss of Newcastle upon Tyne Central",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1052935",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Newcastle upon Tyne Central (E14000831)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000831: Newcastle Upon Tyne Central, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000831",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000831: Newcastle upon Tyne 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Newcastle upon Tyne (NTCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000021: NTCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Newcastle upon Tyne (NTCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "newcastle-upon-tyne-east",
    name: "Newcastle upon Tyne East",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "north-of-tyne",
    localAuthorities: [{ code: "E08000021", name: "Newcastle upon Tyne", populationShare: 1.0 }],
    otherNames: [
      {
        name: "Newcastle Upon Tyne East",
        note: "The name in the UK Parliament 2019 results and the House of Commons Library.",
        sources: [NAMED_IN_RESULTS_2019, NAMED_BY_COMMONS_LIBRARY],
      },
    ],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000832",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Newcastle Upon Tyne East",
            basis: "stated",
          },
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "gss of Newcastle upon Tyne East",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q974748",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Newcastle upon Tyne East (E14000832)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000832: Newcastle Upon Tyne East, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000832",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000832: Newcastle upon Tyne 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Newcastle upon Tyne (NTCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000021: NTCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Newcastle upon Tyne (NTCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "newcastle-upon-tyne-north",
    name: "Newcastle upon Tyne North",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "north-of-tyne",
    localAuthorities: [{ code: "E08000021", name: "Newcastle upon Tyne", populationShare: 1.0 }],
    otherNames: [
      {
        name: "Newcastle Upon Tyne North",
        note: "The name in the UK Parliament 2019 results and the House of Commons Library.",
        sources: [NAMED_IN_RESULTS_2019, NAMED_BY_COMMONS_LIBRARY],
      },
    ],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000833",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Newcastle Upon Tyne North",
            basis: "stated",
          },
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "gss of Newcastle upon Tyne North",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1052385",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Newcastle upon Tyne North (E14000833)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000833: Newcastle Upon Tyne North, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000833",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000833: Newcastle upon Tyne 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Newcastle upon Tyne (NTCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000021: NTCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Newcastle upon Tyne (NTCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "north-durham",
    name: "North Durham",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "durham",
    localAuthorities: [{ code: "E06000047", name: "County Durham", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000840",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of North Durham",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of North Durham", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1032482",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of North Durham (E14000840)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000840: North Durham, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000840",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000840: County Durham 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000047: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "north-tyneside",
    name: "North Tyneside",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "north-of-tyne",
    localAuthorities: [{ code: "E08000022", name: "North Tyneside", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000853",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of North Tyneside",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of North Tyneside", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q736909",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of North Tyneside (E14000853)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000853: North Tyneside, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000853",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000853: North Tyneside 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority North Tyneside (NTCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000022: NTCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority North Tyneside (NTCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "north-west-durham",
    name: "North West Durham",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "durham",
    localAuthorities: [{ code: "E06000047", name: "County Durham", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000856",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of North West Durham",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of North West Durham", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1051601",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of North West Durham (E14000856)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000856: North West Durham, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000856",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000856: County Durham 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000047: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "redcar",
    name: "Redcar",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "tees-valley",
    localAuthorities: [{ code: "E06000003", name: "Redcar and Cleveland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000891",
        sources: [
          { sourceId: "uk-parliament-ge2019-results", note: "constituency geographic code of Redcar", basis: "stated" },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Redcar", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1032098",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Redcar (E14000891)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000891: Redcar, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000891",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000891: Redcar and Cleveland 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Redcar and Cleveland (TVCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000003: TVCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Redcar and Cleveland (TVCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "sedgefield",
    name: "Sedgefield",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "durham",
    localAuthorities: [
      { code: "E06000047", name: "County Durham", populationShare: 0.83 },
      { code: "E06000005", name: "Darlington", populationShare: 0.17 },
    ],
    note: "Straddles local authorities: County Durham 0.83, Darlington 0.17 (population shares).",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000915",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Sedgefield",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Sedgefield", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1031806",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Sedgefield (E14000915)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000915: Sedgefield, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000915",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000915: County Durham 0.83",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000047: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority County Durham (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "south-shields",
    name: "South Shields",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "south-of-tyne",
    localAuthorities: [{ code: "E08000023", name: "South Tyneside", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000944",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of South Shields",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of South Shields", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q988859",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of South Shields (E14000944)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000944: South Shields, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000944",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000944: South Tyneside 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority South Tyneside (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000023: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority South Tyneside (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "stockton-north",
    name: "Stockton North",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "tees-valley",
    localAuthorities: [{ code: "E06000004", name: "Stockton-on-Tees", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000970",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Stockton North",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Stockton North", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q988335",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Stockton North (E14000970)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000970: Stockton North, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000970",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000970: Stockton-on-Tees 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Stockton-on-Tees (TVCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000004: TVCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Stockton-on-Tees (TVCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "stockton-south",
    name: "Stockton South",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "tees-valley",
    localAuthorities: [{ code: "E06000004", name: "Stockton-on-Tees", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000971",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Stockton South",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Stockton South", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q988304",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Stockton South (E14000971)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000971: Stockton South, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000971",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000971: Stockton-on-Tees 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Stockton-on-Tees (TVCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000004: TVCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Stockton-on-Tees (TVCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "sunderland-central",
    name: "Sunderland Central",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "south-of-tyne",
    localAuthorities: [{ code: "E08000024", name: "Sunderland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000982",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Sunderland Central",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Sunderland Central", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q988171",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Sunderland Central (E14000982)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000982: Sunderland Central, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000982",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14000982: Sunderland 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Sunderland (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000024: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Sunderland (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "tynemouth",
    name: "Tynemouth",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "north-of-tyne",
    localAuthorities: [{ code: "E08000022", name: "North Tyneside", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14001006",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Tynemouth",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Tynemouth", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q875175",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Tynemouth (E14001006)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14001006: Tynemouth, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14001006",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14001006: North Tyneside 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority North Tyneside (NTCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000022: NTCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority North Tyneside (NTCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "wansbeck",
    name: "Wansbeck",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "northumberland",
    localAuthorities: [{ code: "E06000057", name: "Northumberland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14001014",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Wansbeck",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Wansbeck", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q875033",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Wansbeck (E14001014)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14001014: Wansbeck, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14001014",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14001014: Northumberland 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Northumberland (NTCA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E06000057: NTCA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Northumberland (NTCA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "washington-and-sunderland-west",
    name: "Washington and Sunderland West",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "south-of-tyne",
    localAuthorities: [{ code: "E08000024", name: "Sunderland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14001020",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Washington and Sunderland West",
            basis: "stated",
          },
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "gss of Washington and Sunderland West",
            basis: "stated",
          },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q874921",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Washington and Sunderland West (E14001020)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14001020: Washington and Sunderland West, English region North East, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14001020",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
      {
        sourceId: "mysociety-constituency-la-overlaps",
        note: "largest population share of E14001020: Sunderland 1",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Sunderland (NECA); placed by the rule in the region's note.",
      },
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of E08000024: NECA",
        basis: "inferred",
        fields: ["parentId"],
        reason: "Main local authority Sunderland (NECA); placed by the rule in the region's note.",
      },
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "carlisle",
    name: "Carlisle",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "north-cumbria",
    localAuthorities: [{ code: "E06000063", name: "Cumberland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000620",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Carlisle",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Carlisle", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q3238953",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Carlisle (E14000620)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000620: Carlisle, English region North West, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000620",
        basis: "stated",
        fields: ["identifiers"],
      },
      NAMED_IN_NORTH_CUMBRIA,
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "copeland",
    name: "Copeland",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "north-cumbria",
    localAuthorities: [{ code: "E06000063", name: "Cumberland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000647",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Copeland",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Copeland", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q3335605",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Copeland (E14000647)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000647: Copeland, English region North West, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000647",
        basis: "stated",
        fields: ["identifiers"],
      },
      NAMED_IN_NORTH_CUMBRIA,
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "penrith-and-the-border",
    name: "Penrith and The Border",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "north-cumbria",
    localAuthorities: [
      { code: "E06000064", name: "Westmorland and Furness", populationShare: 0.64 },
      { code: "E06000063", name: "Cumberland", populationShare: 0.36 },
    ],
    note: "Straddles local authorities: Westmorland and Furness 0.64, Cumberland 0.36 (population shares).",
    otherNames: [
      {
        name: "Penrith & The Border",
        note: "The article's name for it.",
        sources: [NAMED_IN_NORTH_CUMBRIA],
      },
    ],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000877",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Penrith and The Border",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Penrith and The Border", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q1050693",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Penrith and The Border (E14000877)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14000877: Penrith and The Border, English region North West, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14000877",
        basis: "stated",
        fields: ["identifiers"],
      },
      { ...NAMED_BY_ORDNANCE_SURVEY, note: "the name of E14000877", fields: ["name"] },
      NAMED_IN_NORTH_CUMBRIA,
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "workington",
    name: "Workington",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    parentId: "north-cumbria",
    localAuthorities: [{ code: "E06000063", name: "Cumberland", populationShare: 1.0 }],
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14001053",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Workington",
            basis: "stated",
          },
          { sourceId: "os-boundary-line-constituencies-2018", note: "gss of Workington", basis: "stated" },
        ],
      },
      {
        scheme: "wikidata",
        identifier: "Q873994",
        sources: [
          {
            sourceId: "os-boundary-line-constituencies-2018",
            note: "Wikidata QID of Workington (E14001053)",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "row for E14001053: Workington, English region North West, boundaries 2010-04-13 to 2024-05-30",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "os-boundary-line-constituencies-2018",
        note: "row for E14001053",
        basis: "stated",
        fields: ["identifiers"],
      },
      NAMED_IN_NORTH_CUMBRIA,
      LOCAL_AUTHORITY_SHARES,
      LOCAL_AUTHORITY_NAMES,
    ],
  },
  {
    id: "hackney-north-and-stoke-newington",
    name: "Hackney North and Stoke Newington",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000720",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Hackney North and Stoke Newington",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000720: Hackney North and Stoke Newington, London",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000720",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "liverpool-wavertree",
    name: "Liverpool, Wavertree",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000795",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Liverpool, Wavertree",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000795: Liverpool, Wavertree, North West",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000795",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "poplar-and-limehouse",
    name: "Poplar and Limehouse",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000882",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Poplar and Limehouse",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000882: Poplar and Limehouse, London",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000882",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "sheffield-hallam",
    name: "Sheffield, Hallam",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000922",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Sheffield, Hallam",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000922: Sheffield, Hallam, Yorkshire and The Humber",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000922",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "leeds-east",
    name: "Leeds East",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000778",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Leeds East",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000778: Leeds East, Yorkshire and The Humber",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000778",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "liverpool-west-derby",
    name: "Liverpool, West Derby",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000796",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Liverpool, West Derby",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000796: Liverpool, West Derby, North West",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000796",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "liverpool-walton",
    name: "Liverpool, Walton",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000794",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Liverpool, Walton",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000794: Liverpool, Walton, North West",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000794",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "islington-north",
    name: "Islington North",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000763",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Islington North",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000763: Islington North, London",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000763",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "battersea",
    name: "Battersea",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000549",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Battersea",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000549: Battersea, London",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000549",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "luton-south",
    name: "Luton South",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000801",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Luton South",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000801: Luton South, East of England",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000801",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "bradford-east",
    name: "Bradford East",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000587",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Bradford East",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000587: Bradford East, Yorkshire and The Humber",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000587",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "liverpool-riverside",
    name: "Liverpool, Riverside",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000793",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Liverpool, Riverside",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000793: Liverpool, Riverside, North West",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000793",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "norwich-south",
    name: "Norwich South",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000864",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Norwich South",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000864: Norwich South, East of England",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000864",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "salford-and-eccles",
    name: "Salford and Eccles",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000911",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Salford and Eccles",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000911: Salford and Eccles, North West",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000911",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "york-central",
    name: "York Central",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14001061",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of York Central",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14001061: York Central, Yorkshire and The Humber",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14001061",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "hayes-and-harlington",
    name: "Hayes and Harlington",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000737",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Hayes and Harlington",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000737: Hayes and Harlington, London",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000737",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "stockport",
    name: "Stockport",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000969",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Stockport",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000969: Stockport, North West",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000969",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "warrington-north",
    name: "Warrington North",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14001017",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Warrington North",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14001017: Warrington North, North West",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14001017",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "edmonton",
    name: "Edmonton",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000687",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Edmonton",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000687: Edmonton, London",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000687",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "streatham",
    name: "Streatham",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000978",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Streatham",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000978: Streatham, London",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000978",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "brighton-kemptown",
    name: "Brighton, Kemptown",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000597",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Brighton, Kemptown",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000597: Brighton, Kemptown, South East",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000597",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "coventry-south",
    name: "Coventry South",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000651",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Coventry South",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000651: Coventry South, West Midlands",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000651",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "ilford-south",
    name: "Ilford South",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000760",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Ilford South",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000760: Ilford South, London",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000760",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "hemsworth",
    name: "Hemsworth",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000740",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Hemsworth",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000740: Hemsworth, Yorkshire and The Humber",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000740",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "leicester-east",
    name: "Leicester East",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000782",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Leicester East",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000782: Leicester East, East Midlands",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000782",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "birkenhead",
    name: "Birkenhead",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000559",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Birkenhead",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000559: Birkenhead, North West",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000559",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "nottingham-east",
    name: "Nottingham East",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000865",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Nottingham East",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000865: Nottingham East, East Midlands",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for E14000865",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "cynon-valley",
    name: "Cynon Valley",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "W07000070",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Cynon Valley",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for W07000070: Cynon Valley, Wales",
        basis: "stated",
        fields: ["identifiers"],
      },
      {
        sourceId: "twfy-register-2024-05-28",
        note: "the constituency in the register header of the member for W07000070",
        basis: "stated",
        fields: ["name"],
      },
    ],
  },
  {
    id: "holborn-and-st-pancras",
    name: "Holborn and St Pancras",
    classification: "constituency",
    startDate: "2010-04-13",
    endDate: "2024-05-30",
    otherNames: [],
    identifiers: [
      {
        scheme: "gss",
        identifier: "E14000750",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "constituency geographic code of Holborn and St Pancras",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      BOUNDARIES_OF_2010,
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "winning row for E14000750: Holborn and St Pancras",
        basis: "stated",
        fields: ["name", "identifiers"],
      },
    ],
  },
] as const satisfies readonly AreaInput<SourceId, RegionId>[];

export type ConstituencyId = (typeof constituencyRecords)[number]["id"];
