// The dataset's fixed words, with no zod: the records entry and its types use them without the validators.

/** The dataset's collections, in the order its top level lists them. */
export const COLLECTION_NAMES = [
  "sources",
  "organizations",
  "people",
  "memberships",
  "posts",
  "areas",
  "events",
  "statements",
  "contests",
  "candidacies",
  "notionalResults",
  "errata",
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/**
 * The order a validator takes collections in. Errata come first so that each subject can be checked as it
 * passes; then every collection comes after the ones it refers to, so nothing waits in memory but self-references.
 */
export const VALIDATION_ORDER = [
  "errata",
  "sources",
  "areas",
  "organizations",
  "posts",
  "people",
  "events",
  "memberships",
  "statements",
  "contests",
  "candidacies",
  "notionalResults",
] as const satisfies readonly CollectionName[];

export const STATEMENT_KINDS = [
  "priority",
  "right",
  "aim",
  "campaign-description",
  "group-description",
  "quotation",
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Topics are Labour Left Data's own classification of statements, not the source's. */
export const TOPICS = {
  "trade-unions": "Trade unions",
  work: "Work and employment",
  "living-standards": "Income, poverty and living standards",
  "public-ownership": "Public ownership and infrastructure",
  "health-and-care": "Health and social care",
  housing: "Housing",
  education: "Education",
  media: "News media",
  environment: "Environment and climate",
  economy: "Economic policy",
  equality: "Equality and discrimination",
  international: "International policy",
  "party-democracy": "Labour Party democracy and procedures",
  "local-government": "Local government",
  socialism: "Socialism",
} as const;
export type Topic = keyof typeof TOPICS;

/** The identifier schemes this dataset uses, with the format each must match. */
export const IDENTIFIER_SCHEMES = {
  "uk-parliament": {
    pattern: /^[1-9]\d*$/,
    description:
      "UK Parliament Members API id, as in https://members.parliament.uk/member/172 (also called the MNIS id).",
  },
  theyworkforyou: {
    pattern: /^[1-9]\d*$/,
    description: "TheyWorkForYou person id, the number in uk.org.publicwhip/person/10001.",
  },
  wikidata: {
    pattern: /^Q[1-9]\d*$/,
    description: "Wikidata item id (QID), as in https://www.wikidata.org/wiki/Q153454.",
  },
  gss: {
    pattern: /^[EWSNK]\d{8}$/,
    description: "ONS Government Statistical Service code, such as E14000641 for a 2010-2024 Westminster constituency.",
  },
  "uk-parliament-party": {
    pattern: /^[1-9]\d*$/,
    description: "The UK Parliament's id of a party (its Members API and results data), such as 15 for Labour.",
  },
  "electoral-commission": {
    pattern: /^PP[1-9]\d*$/,
    description: "A party's registration number with the Electoral Commission, such as PP53.",
  },
} as const;
export type IdentifierScheme = keyof typeof IDENTIFIER_SCHEMES;
