import type { PostInput } from "./_types";
import type { ConstituencyId } from "./constituencies";
import type { OrganizationId } from "./organizations";
import type { SourceId } from "./sources";

export const postRecords = [
  {
    id: "mp-for-hackney-north-and-stoke-newington",
    label: "Member of Parliament for Hackney North and Stoke Newington",
    organizationId: "house-of-commons",
    areaId: "hackney-north-and-stoke-newington",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000720 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-liverpool-wavertree",
    label: "Member of Parliament for Liverpool, Wavertree",
    organizationId: "house-of-commons",
    areaId: "liverpool-wavertree",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000795 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-poplar-and-limehouse",
    label: "Member of Parliament for Poplar and Limehouse",
    organizationId: "house-of-commons",
    areaId: "poplar-and-limehouse",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000882 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-sheffield-hallam",
    label: "Member of Parliament for Sheffield, Hallam",
    organizationId: "house-of-commons",
    areaId: "sheffield-hallam",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000922 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-leeds-east",
    label: "Member of Parliament for Leeds East",
    organizationId: "house-of-commons",
    areaId: "leeds-east",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000778 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-liverpool-west-derby",
    label: "Member of Parliament for Liverpool, West Derby",
    organizationId: "house-of-commons",
    areaId: "liverpool-west-derby",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000796 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-liverpool-walton",
    label: "Member of Parliament for Liverpool, Walton",
    organizationId: "house-of-commons",
    areaId: "liverpool-walton",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000794 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-islington-north",
    label: "Member of Parliament for Islington North",
    organizationId: "house-of-commons",
    areaId: "islington-north",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000763 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-battersea",
    label: "Member of Parliament for Battersea",
    organizationId: "house-of-commons",
    areaId: "battersea",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000549 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-city-of-durham",
    label: "Member of Parliament for City of Durham",
    organizationId: "house-of-commons",
    areaId: "city-of-durham",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000641 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-luton-south",
    label: "Member of Parliament for Luton South",
    organizationId: "house-of-commons",
    areaId: "luton-south",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000801 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-bradford-east",
    label: "Member of Parliament for Bradford East",
    organizationId: "house-of-commons",
    areaId: "bradford-east",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000587 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-liverpool-riverside",
    label: "Member of Parliament for Liverpool, Riverside",
    organizationId: "house-of-commons",
    areaId: "liverpool-riverside",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000793 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-wansbeck",
    label: "Member of Parliament for Wansbeck",
    organizationId: "house-of-commons",
    areaId: "wansbeck",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14001014 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-norwich-south",
    label: "Member of Parliament for Norwich South",
    organizationId: "house-of-commons",
    areaId: "norwich-south",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000864 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-salford-and-eccles",
    label: "Member of Parliament for Salford and Eccles",
    organizationId: "house-of-commons",
    areaId: "salford-and-eccles",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000911 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-york-central",
    label: "Member of Parliament for York Central",
    organizationId: "house-of-commons",
    areaId: "york-central",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14001061 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-middlesbrough",
    label: "Member of Parliament for Middlesbrough",
    organizationId: "house-of-commons",
    areaId: "middlesbrough",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000819 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-hayes-and-harlington",
    label: "Member of Parliament for Hayes and Harlington",
    organizationId: "house-of-commons",
    areaId: "hayes-and-harlington",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000737 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-gateshead",
    label: "Member of Parliament for Gateshead",
    organizationId: "house-of-commons",
    areaId: "gateshead",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000709 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-stockport",
    label: "Member of Parliament for Stockport",
    organizationId: "house-of-commons",
    areaId: "stockport",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000969 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-easington",
    label: "Member of Parliament for Easington",
    organizationId: "house-of-commons",
    areaId: "easington",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000677 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-warrington-north",
    label: "Member of Parliament for Warrington North",
    organizationId: "house-of-commons",
    areaId: "warrington-north",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14001017 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-edmonton",
    label: "Member of Parliament for Edmonton",
    organizationId: "house-of-commons",
    areaId: "edmonton",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000687 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-jarrow",
    label: "Member of Parliament for Jarrow",
    organizationId: "house-of-commons",
    areaId: "jarrow",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000765 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-streatham",
    label: "Member of Parliament for Streatham",
    organizationId: "house-of-commons",
    areaId: "streatham",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000978 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-brighton-kemptown",
    label: "Member of Parliament for Brighton, Kemptown",
    organizationId: "house-of-commons",
    areaId: "brighton-kemptown",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000597 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-coventry-south",
    label: "Member of Parliament for Coventry South",
    organizationId: "house-of-commons",
    areaId: "coventry-south",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000651 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-ilford-south",
    label: "Member of Parliament for Ilford South",
    organizationId: "house-of-commons",
    areaId: "ilford-south",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000760 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-hemsworth",
    label: "Member of Parliament for Hemsworth",
    organizationId: "house-of-commons",
    areaId: "hemsworth",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000740 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-leicester-east",
    label: "Member of Parliament for Leicester East",
    organizationId: "house-of-commons",
    areaId: "leicester-east",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000782 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-birkenhead",
    label: "Member of Parliament for Birkenhead",
    organizationId: "house-of-commons",
    areaId: "birkenhead",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000559 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-nottingham-east",
    label: "Member of Parliament for Nottingham East",
    organizationId: "house-of-commons",
    areaId: "nottingham-east",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000865 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-cynon-valley",
    label: "Member of Parliament for Cynon Valley",
    organizationId: "house-of-commons",
    areaId: "cynon-valley",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency W07000070 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-south-shields",
    label: "Member of Parliament for South Shields",
    organizationId: "house-of-commons",
    areaId: "south-shields",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000944 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-holborn-and-st-pancras",
    label: "Member of Parliament for Holborn and St Pancras",
    organizationId: "house-of-commons",
    areaId: "holborn-and-st-pancras",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000750 in the 2019 results",
        basis: "stated",
      },
    ],
  },
  {
    id: "mp-for-north-west-durham",
    label: "Member of Parliament for North West Durham",
    organizationId: "house-of-commons",
    areaId: "north-west-durham",
    sources: [
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "the constituency E14000856 in the 2019 results",
        basis: "stated",
      },
    ],
  },
] as const satisfies readonly PostInput<SourceId, OrganizationId, ConstituencyId>[];

export type PostId = (typeof postRecords)[number]["id"];
