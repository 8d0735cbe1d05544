import type { OrganizationInput } from "./_types";
import type { RegionId } from "./regions";
import type { SourceId } from "./sources";

const ARTICLE = "organising-around-socialist-policies";
const GROUP_LIST = { section: "Introduction", paragraph: 1 } as const;
const PARTY_OF_GROUP = {
  sourceId: ARTICLE,
  locator: { section: "Northern England Labour Left", paragraph: 1 },
  fields: ["partyId"],
  basis: "inferred",
  reason:
    "Read from the groups' names (“of Labour MPs”, “of Labour Councillors”, “Labour Left”) and NELL's rule that membership is open only to members of the Labour Party; the article does not state it.",
} as const;
const SCOPE_REASON =
  "The article says two of the three groups are national and one is local without saying which; NELL is the one it limits to 33 northern constituencies.";

const LABOUR_IN_RESULTS = {
  sourceId: "uk-parliament-ge2019-results",
  note: "the party named Labour (Lab): UK Parliament party id 15, Electoral Commission id PP53",
  basis: "stated",
} as const;

export const organizationRecords = [
  {
    id: "labour-party",
    name: "Labour Party",
    abbreviation: "Lab",
    classification: "political-party",
    otherNames: [
      {
        name: "Labour",
        note: "The name in the UK Parliament's general-election results and by-elections.",
        sources: [LABOUR_IN_RESULTS],
      },
    ],
    identifiers: [
      { scheme: "uk-parliament-party", identifier: "15", sources: [LABOUR_IN_RESULTS] },
      { scheme: "electoral-commission", identifier: "PP53", sources: [LABOUR_IN_RESULTS] },
    ],
    sources: [
      { sourceId: ARTICLE, locator: { section: "Introduction", paragraph: 1 }, basis: "stated" },
      { sourceId: ARTICLE, locator: { section: "Northern England Labour Left", paragraph: 1 }, basis: "stated" },
      { ...LABOUR_IN_RESULTS, fields: ["abbreviation"] },
    ],
  },
  {
    id: "nell",
    name: "Northern England Labour Left",
    abbreviation: "NELL",
    classification: "political-group",
    scope: "local",
    partyId: "labour-party",
    membershipRule: "Membership is open only to members of the Labour Party.",
    coverage: {
      constituencyCount: 33,
      regionIds: ["north-cumbria", "durham", "northumberland", "north-of-tyne", "south-of-tyne", "tees-valley"],
    },
    otherNames: [],
    identifiers: [],
    sources: [
      { sourceId: ARTICLE, locator: { section: "Introduction", paragraph: 3 }, basis: "stated" },
      { sourceId: ARTICLE, locator: { section: "Northern England Labour Left", paragraph: 1 }, basis: "stated" },
      { sourceId: ARTICLE, locator: GROUP_LIST, fields: ["scope"], basis: "inferred", reason: SCOPE_REASON },
      PARTY_OF_GROUP,
    ],
  },
  {
    id: "scg-mps",
    name: "Socialist Campaign Group of Labour MPs",
    classification: "political-group",
    scope: "national",
    partyId: "labour-party",
    otherNames: [
      {
        name: "Campaign Group",
        note: "The short form the article uses.",
        sources: [
          {
            sourceId: ARTICLE,
            locator: { section: "The Socialist Campaign Group of Labour MPs", paragraph: 2 },
            basis: "stated",
          },
        ],
      },
    ],
    identifiers: [],
    sources: [
      { sourceId: ARTICLE, locator: { section: "Introduction", paragraph: 4 }, basis: "stated" },
      {
        sourceId: ARTICLE,
        locator: { section: "The Socialist Campaign Group of Labour MPs", paragraph: 1 },
        basis: "stated",
      },
      { sourceId: ARTICLE, locator: GROUP_LIST, fields: ["scope"], basis: "inferred", reason: SCOPE_REASON },
      PARTY_OF_GROUP,
    ],
  },
  {
    id: "scg-councillors",
    name: "Socialist Campaign Group of Labour Councillors",
    classification: "political-group",
    scope: "national",
    partyId: "labour-party",
    otherNames: [],
    identifiers: [],
    sources: [
      { sourceId: ARTICLE, locator: { section: "Introduction", paragraph: 5 }, basis: "stated" },
      {
        sourceId: ARTICLE,
        locator: { section: "The Socialist Campaign Group of Labour Councillors", paragraph: 1 },
        basis: "stated",
      },
      { sourceId: ARTICLE, locator: GROUP_LIST, fields: ["scope"], basis: "inferred", reason: SCOPE_REASON },
      PARTY_OF_GROUP,
    ],
  },
  {
    id: "co-operative-party",
    name: "Co-operative",
    abbreviation: "Co-op",
    classification: "political-party",
    otherNames: [],
    identifiers: [
      {
        scheme: "electoral-commission",
        identifier: "PP119",
        sources: [
          {
            sourceId: "uk-parliament-ge2019-results",
            note: "the adjunct party's Electoral Commission id in joint Labour and Co-operative candidacies",
            basis: "stated",
          },
        ],
      },
    ],
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "The adjunct party named “Co-operative” (abbreviated “Co-op”) in joint Labour and Co-operative candidacies.",
        basis: "stated",
      },
    ],
  },
  {
    id: "house-of-commons",
    name: "House of Commons",
    classification: "legislature",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "The general election results are for seats in the House of Commons.",
        basis: "stated",
      },
    ],
  },
] as const satisfies readonly OrganizationInput<SourceId, RegionId>[];

export type OrganizationId = (typeof organizationRecords)[number]["id"];
