import type { ErratumInput } from "./_types";
import type { SourceId } from "./sources";

export const erratumRecords = [
  {
    id: "laura-pidcock-former-constituency",
    sourceId: "organising-around-socialist-policies",
    locator: { section: "Northern England Labour Left", paragraph: 2 },
    sourceSays: "ex SW Durham MP",
    correction:
      "Laura Pidcock was MP for North West Durham (2017\u20132019). None of the constituencies of 2010 to 2024, the boundaries the evidence covers, is named South West Durham.",
    subject: { collection: "events", id: "nell-inaugural-agm-2020", field: "participants[7].introducedAs" },
    evidence: [
      {
        sourceId: "uk-parliament-ge2017-results",
        note: "Laura Pidcock (member id 4665) won North West Durham (E14000856) at the election of 2017-06-08.",
        basis: "stated",
      },
      {
        sourceId: "uk-parliament-ge2019-results",
        note: "She came second in North West Durham in 2019 (Con gain from Lab); none of the North East constituencies of 2010-2024 is named South West Durham.",
        basis: "stated",
      },
    ],
  },
] as const satisfies readonly ErratumInput<SourceId>[];

export type ErratumId = (typeof erratumRecords)[number]["id"];
