import type { MembershipInput } from "./_types";
import type { OrganizationId } from "./organizations";
import type { PersonId } from "./people";
import type { PostId } from "./posts";
import type { SourceId } from "./sources";

export const membershipRecords = [
  {
    id: "scg-mps-diane-abbott",
    personId: "diane-abbott",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-paula-barker",
    personId: "paula-barker",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-apsana-begum",
    personId: "apsana-begum",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-olivia-blake",
    personId: "olivia-blake",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-richard-burgon",
    personId: "richard-burgon",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-ian-byrne",
    personId: "ian-byrne",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-dan-carden",
    personId: "dan-carden",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-jeremy-corbyn",
    personId: "jeremy-corbyn",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-marsha-de-cordova",
    personId: "marsha-de-cordova",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-mary-foy",
    personId: "mary-foy",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-rachel-hopkins",
    personId: "rachel-hopkins",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-imran-hussain",
    personId: "imran-hussain",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-kim-johnson",
    personId: "kim-johnson",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-ian-lavery",
    personId: "ian-lavery",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-clive-lewis",
    personId: "clive-lewis",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-rebecca-long-bailey",
    personId: "rebecca-long-bailey",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-rachael-maskell",
    personId: "rachael-maskell",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-andy-mcdonald",
    personId: "andy-mcdonald",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-john-mcdonnell",
    personId: "john-mcdonnell",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-ian-mearns",
    personId: "ian-mearns",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-nav-mishra",
    personId: "nav-mishra",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-grahame-morris",
    personId: "grahame-morris",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-charlotte-nichols",
    personId: "charlotte-nichols",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-kate-osamor",
    personId: "kate-osamor",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-kate-osborne",
    personId: "kate-osborne",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-bell-ribeiro-addy",
    personId: "bell-ribeiro-addy",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-lloyd-russell-moyle",
    personId: "lloyd-russell-moyle",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-zarah-sultana",
    personId: "zarah-sultana",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-sam-tarry",
    personId: "sam-tarry",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-jon-trickett",
    personId: "jon-trickett",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-claudia-webbe",
    personId: "claudia-webbe",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-mick-whitley",
    personId: "mick-whitley",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-nadia-whittome",
    personId: "nadia-whittome",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
  {
    id: "scg-mps-beth-winter",
    personId: "beth-winter",
    organizationId: "scg-mps",
    role: "member",
    startDate: "unknown",
    endDate: "unknown",
    asOf: "2020-09-21",
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
        note: "The article lists the 34 current members as given on the Campaign Group’s Twitter account.",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 3,
        },
        fields: ["asOf"],
        basis: "inferred",
        reason: "The article calls them current members; it was published on 2020-09-21 (the date in its address).",
      },
    ],
  },
] as const satisfies readonly MembershipInput<SourceId, PersonId, OrganizationId, PostId>[];

export type MembershipId = (typeof membershipRecords)[number]["id"];
