import type { PersonInput } from "./_types";
import type { SourceId } from "./sources";

export const personRecords = [
  {
    id: "diane-abbott",
    name: "Diane Abbott",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "paula-barker",
    name: "Paula Barker",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "apsana-begum",
    name: "Apsana Begum",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "olivia-blake",
    name: "Olivia Blake",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "richard-burgon",
    name: "Richard Burgon",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "ian-byrne",
    name: "Ian Byrne",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "dan-carden",
    name: "Dan Carden",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "jeremy-corbyn",
    name: "Jeremy Corbyn",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 2,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "marsha-de-cordova",
    name: "Marsha de Cordova",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "mary-foy",
    name: "Mary Foy",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "rachel-hopkins",
    name: "Rachel Hopkins",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "imran-hussain",
    name: "Imran Hussain",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "kim-johnson",
    name: "Kim Johnson",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "ian-lavery",
    name: "Ian Lavery",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "clive-lewis",
    name: "Clive Lewis",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 2,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "rebecca-long-bailey",
    name: "Rebecca Long-Bailey",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "rachael-maskell",
    name: "Rachael Maskell",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "andy-mcdonald",
    name: "Andy McDonald",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "john-mcdonnell",
    name: "John McDonnell",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 2,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "ian-mearns",
    name: "Ian Mearns",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "nav-mishra",
    name: "Nav Mishra",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "grahame-morris",
    name: "Grahame Morris",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "charlotte-nichols",
    name: "Charlotte Nichols",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "kate-osamor",
    name: "Kate Osamor",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "kate-osborne",
    name: "Kate Osborne",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "bell-ribeiro-addy",
    name: "Bell Ribeiro-Addy",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "lloyd-russell-moyle",
    name: "Lloyd Russell-Moyle",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "zarah-sultana",
    name: "Zarah Sultana",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "sam-tarry",
    name: "Sam Tarry",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "jon-trickett",
    name: "Jon Trickett",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "claudia-webbe",
    name: "Claudia Webbe",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "mick-whitley",
    name: "Mick Whitley",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "nadia-whittome",
    name: "Nadia Whittome",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "beth-winter",
    name: "Beth Winter",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 4,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "emma-lewell-buck",
    name: "Emma Lewell-Buck",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 2,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "jamie-driscoll",
    name: "Jamie Driscoll",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 2,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "catherine-donovan",
    name: "Catherine Donovan",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 2,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "gemma-bolton",
    name: "Gemma Bolton",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 2,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "laura-pidcock",
    name: "Laura Pidcock",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 2,
        },
        basis: "stated",
      },
    ],
  },
  {
    id: "keir-starmer",
    name: "Keir Starmer",
    otherNames: [],
    identifiers: [],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Introduction",
          paragraph: 1,
        },
        basis: "stated",
      },
    ],
  },
] as const satisfies readonly PersonInput<SourceId>[];

export type PersonId = (typeof personRecords)[number]["id"];
