import type { AreaInput } from "./_types";
import type { RegionId } from "./regions";
import type { SourceId } from "./sources";

const NORTH_CUMBRIA = {
  sourceId: "organising-around-socialist-policies",
  locator: { section: "Northern England Labour Left", paragraph: 1 },
  basis: "stated",
} as const;

export const constituencyRecords = [
  {
    id: "penrith-and-the-border",
    name: "Penrith & The Border",
    classification: "constituency",
    parentId: "north-cumbria",
    otherNames: [],
    identifiers: [],
    sources: [NORTH_CUMBRIA],
  },
  {
    id: "workington",
    name: "Workington",
    classification: "constituency",
    parentId: "north-cumbria",
    otherNames: [],
    identifiers: [],
    sources: [NORTH_CUMBRIA],
  },
  {
    id: "copeland",
    name: "Copeland",
    classification: "constituency",
    parentId: "north-cumbria",
    otherNames: [],
    identifiers: [],
    sources: [NORTH_CUMBRIA],
  },
  {
    id: "carlisle",
    name: "Carlisle",
    classification: "constituency",
    parentId: "north-cumbria",
    otherNames: [],
    identifiers: [],
    sources: [NORTH_CUMBRIA],
  },
] as const satisfies readonly AreaInput<SourceId, RegionId>[];

export type ConstituencyId = (typeof constituencyRecords)[number]["id"];
