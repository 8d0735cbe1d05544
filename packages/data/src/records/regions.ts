import type { AreaInput } from "./_types";
import type { SourceId } from "./sources";

const NELL_COVERAGE = {
  sourceId: "organising-around-socialist-policies",
  locator: { section: "Northern England Labour Left", paragraph: 1 },
  basis: "stated",
} as const;

// The six regions NELL covers, named as the article names them.
export const regionRecords = [
  {
    id: "north-cumbria",
    name: "North Cumbria",
    classification: "nell-region",
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
  {
    id: "durham",
    name: "Durham",
    classification: "nell-region",
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
  {
    id: "northumberland",
    name: "Northumberland",
    classification: "nell-region",
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
  {
    id: "north-of-tyne",
    name: "North Of Tyne",
    classification: "nell-region",
    otherNames: [
      {
        name: "North of Tyne",
        note: "The article's spelling in \u201cNorth of Tyne Mayor\u201d.",
        sources: [
          {
            sourceId: "organising-around-socialist-policies",
            locator: { section: "Northern England Labour Left", paragraph: 2 },
            basis: "stated",
          },
        ],
      },
    ],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
  {
    id: "south-of-tyne",
    name: "South Of Tyne",
    classification: "nell-region",
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
  {
    id: "tees-valley",
    name: "Tees Valley",
    classification: "nell-region",
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
] as const satisfies readonly AreaInput<SourceId, never>[];

export type RegionId = (typeof regionRecords)[number]["id"];
