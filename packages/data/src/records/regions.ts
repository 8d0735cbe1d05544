import type { AreaInput } from "./_types";
import type { SourceId } from "./sources";

const NELL_COVERAGE = {
  sourceId: "organising-around-socialist-policies",
  locator: { section: "Northern England Labour Left", paragraph: 1 },
  basis: "stated",
} as const;

const RULE =
  "NELL's 33 constituencies are taken to be the four the article names in North Cumbria and the 29 of the North East region (UK Parliament 2019 results), whose number matches. The article names only North Cumbria's; Labour Left Data places each of the other 29 (the North East region's) by its main local authority, the one with the largest population share: Northumberland in Northumberland; Newcastle upon Tyne and North Tyneside in North Of Tyne; Gateshead, South Tyneside and Sunderland in South Of Tyne; County Durham in Durham; and the Tees Valley combined authority's members (Darlington, Hartlepool, Middlesbrough, Redcar and Cleveland, Stockton-on-Tees) in Tees Valley. Each placement is marked inferred.";

const RULE_2024 =
  "The constituencies of 2024 have new boundaries: Labour Left Data places one in a region when more than half of its population lived in that region's constituencies of 2010-2024 (the sum of their population overlaps, from the UK Parliament's data); each such placement is marked inferred, and a 2024 constituency that no region holds so is not placed.";

// The six regions NELL covers, named as the article names them.
export const regionRecords = [
  {
    id: "north-cumbria",
    name: "North Cumbria",
    classification: "nell-region",
    note: `The article names its four constituencies: Penrith & The Border, Workington, Copeland and Carlisle. ${RULE_2024}`,
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
  {
    id: "durham",
    name: "Durham",
    classification: "nell-region",
    note: `${RULE} ${RULE_2024}`,
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
  {
    id: "northumberland",
    name: "Northumberland",
    classification: "nell-region",
    note: `${RULE} ${RULE_2024}`,
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
  {
    id: "north-of-tyne",
    name: "North Of Tyne",
    classification: "nell-region",
    note: `${RULE} ${RULE_2024} The name is also that of the North of Tyne combined authority (NTCA), whose mayor the article mentions; that authority also covers Northumberland, which is a NELL region of its own here, so this region is narrower than the authority.`,
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
    sources: [
      NELL_COVERAGE,
      {
        sourceId: "mysociety-local-authority-codes",
        note: "combined authority of Newcastle upon Tyne, North Tyneside and Northumberland (E06000057): NTCA",
        basis: "inferred",
        fields: ["note"],
        reason:
          "The article's “North of Tyne Mayor” is read as the mayor of the combined authority of that name; the codes put Northumberland in it too.",
      },
    ],
  },
  {
    id: "south-of-tyne",
    name: "South Of Tyne",
    classification: "nell-region",
    note: `${RULE} ${RULE_2024}`,
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
  {
    id: "tees-valley",
    name: "Tees Valley",
    classification: "nell-region",
    note: `${RULE} ${RULE_2024}`,
    otherNames: [],
    identifiers: [],
    sources: [NELL_COVERAGE],
  },
] as const satisfies readonly AreaInput<SourceId, never>[];

export type RegionId = (typeof regionRecords)[number]["id"];
