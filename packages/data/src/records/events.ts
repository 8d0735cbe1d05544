import type { EventInput } from "./_types";
import type { OrganizationId } from "./organizations";
import type { PersonId } from "./people";
import type { SourceId } from "./sources";

const SPEAKERS = {
  sourceId: "organising-around-socialist-policies",
  locator: { section: "Northern England Labour Left", paragraph: 2 },
  basis: "stated",
} as const;

export const eventRecords = [
  {
    id: "nell-inaugural-agm-2020",
    name: "Northern England Labour Left inaugural AGM and conference",
    classification: "agm-and-conference",
    organizationId: "nell",
    startDate: "2020-09",
    participantsComplete: false,
    participants: [
      { personId: "jeremy-corbyn", role: "speaker", introducedAs: "MP", sources: [SPEAKERS] },
      { personId: "clive-lewis", role: "speaker", introducedAs: "MP", sources: [SPEAKERS] },
      { personId: "john-mcdonnell", role: "speaker", introducedAs: "MP", sources: [SPEAKERS] },
      { personId: "emma-lewell-buck", role: "speaker", introducedAs: "MP", sources: [SPEAKERS] },
      { personId: "jamie-driscoll", role: "speaker", introducedAs: "North of Tyne Mayor", sources: [SPEAKERS] },
      {
        personId: "catherine-donovan",
        role: "speaker",
        introducedAs: "Deputy Leader of Gateshead Council",
        sources: [SPEAKERS],
      },
      {
        personId: "gemma-bolton",
        role: "speaker",
        introducedAs: "Chair of Campaign for Labour Party Democracy",
        sources: [SPEAKERS],
      },
      { personId: "laura-pidcock", role: "speaker", introducedAs: "ex SW Durham MP", sources: [SPEAKERS] },
    ],
    sources: [
      SPEAKERS,
      {
        sourceId: "organising-around-socialist-policies",
        locator: { section: "Northern England Labour Left", paragraph: 2 },
        fields: ["participantsComplete"],
        basis: "inferred",
        reason: "The article names \u201cspeakers including\u201d these, so there may have been others.",
      },
    ],
  },
] as const satisfies readonly EventInput<SourceId, PersonId, OrganizationId>[];

export type EventId = (typeof eventRecords)[number]["id"];
