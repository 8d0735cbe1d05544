import type { StatementInput } from "./_types";
import type { OrganizationId } from "./organizations";
import type { PersonId } from "./people";
import type { SourceId } from "./sources";

export const statementRecords = [
  {
    id: "nell-priority-1",
    kind: "priority",
    text: "Trade Union recognition in all workplaces and the repeal of anti-Trade Union legislation",
    position: 1,
    authorOrganizationId: "nell",
    context: "The political priorities of Northern England Labour Left are:",
    topics: ["trade-unions", "work"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 1,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 1,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "nell-priority-2",
    kind: "priority",
    text: "To actively campaign for the Green New Deal in the fight against climate change nationally and internationally",
    position: 2,
    authorOrganizationId: "nell",
    context: "The political priorities of Northern England Labour Left are:",
    topics: ["environment"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 2,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 2,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "nell-priority-3",
    kind: "priority",
    text: "Public ownership and investment in our UK transport, energy, communications infrastructure and water systems and especially in the NHS & Social Care",
    position: 3,
    authorOrganizationId: "nell",
    context: "The political priorities of Northern England Labour Left are:",
    topics: ["public-ownership", "health-and-care"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 3,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 3,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "nell-priority-4",
    kind: "priority",
    text: "Reform of Labour Party complaints and disciplinary procedures so that they are fit for purpose. Full implementation of the Chakrabarti report and an effective means of addressing complaints related to abuse of procedures and rules",
    position: 4,
    authorOrganizationId: "nell",
    context: "The political priorities of Northern England Labour Left are:",
    topics: ["party-democracy"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 4,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 4,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "nell-priority-5",
    kind: "priority",
    text: "Oppose austerity and cuts to council spending and eliminate poverty, zero hour contracts and bogus self-employment",
    position: 5,
    authorOrganizationId: "nell",
    context: "The political priorities of Northern England Labour Left are:",
    topics: ["economy", "local-government", "living-standards", "work"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 5,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 5,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "nell-priority-6",
    kind: "priority",
    text: "Oppose all forms of racism including antisemitism, all other forms of discrimination and the growth of the far right",
    position: 6,
    authorOrganizationId: "nell",
    context: "The political priorities of Northern England Labour Left are:",
    topics: ["equality"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 6,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 6,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "nell-priority-7",
    kind: "priority",
    text: "Ethical international policies based on justice and peace which by definition includes support for the Palestinians",
    position: 7,
    authorOrganizationId: "nell",
    context: "The political priorities of Northern England Labour Left are:",
    topics: ["international"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 7,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 7,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "nell-priority-8",
    kind: "priority",
    text: "Democratisation of Labour Party electoral processes including Open Selection of MPs, Elected Mayors, Councillors, NEC and elected Party Officers, as well as commitment to fully transparent and accountable governance procedures",
    position: 8,
    authorOrganizationId: "nell",
    context: "The political priorities of Northern England Labour Left are:",
    topics: ["party-democracy"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 8,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 8,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "nell-priority-9",
    kind: "priority",
    text: "Support the adoption and implementation of Socialist policies by building on and developing the ideas underlying the 2017 and 2019 Labour Party General Election Manifestos",
    position: 9,
    authorOrganizationId: "nell",
    context: "The political priorities of Northern England Labour Left are:",
    topics: ["socialism"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 9,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Northern England Labour Left",
          paragraph: 3,
          bullet: 9,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-mps-campaigns",
    kind: "campaign-description",
    text: "The Socialist Campaign Group of Labour MPs has campaigned for socialist economic policies, against imperialist military interventions, for equality and against all discrimination, for a socialist Clause IV in support of public ownership and for solutions to the failings of capitalism, for protection of the environment and for greater Party democracy, including Open Selection.",
    position: 1,
    authorOrganizationId: "scg-mps",
    topics: ["economy", "international", "equality", "public-ownership", "environment", "party-democracy", "socialism"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 1,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 1,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-mps-right-1",
    kind: "right",
    text: "The right to life, free from fear, oppression, ignorance, preventable ill-health or poverty.",
    position: 1,
    authorOrganizationId: "scg-mps",
    context: "The Campaign Group believes that there should be certain rights which must be won and maintained:",
    topics: ["living-standards", "health-and-care"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 1,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 1,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-mps-right-2",
    kind: "right",
    text: "The right to useful and satisfying work, balanced with leisure, to meet the needs of society.",
    position: 2,
    authorOrganizationId: "scg-mps",
    context: "The Campaign Group believes that there should be certain rights which must be won and maintained:",
    topics: ["work"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 2,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 2,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-mps-right-3",
    kind: "right",
    text: "The right of everyone to receive an income sufficient to maintain a decent standard of living.",
    position: 3,
    authorOrganizationId: "scg-mps",
    context: "The Campaign Group believes that there should be certain rights which must be won and maintained:",
    topics: ["living-standards"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 3,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 3,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-mps-right-4",
    kind: "right",
    text: "The right to a good home for all in which to live, bring up children and care for all dependents.",
    position: 4,
    authorOrganizationId: "scg-mps",
    context: "The Campaign Group believes that there should be certain rights which must be won and maintained:",
    topics: ["housing"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 4,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 4,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-mps-right-5",
    kind: "right",
    text: "The right to receive the best possible medical care, free, and at the moment of need.",
    position: 5,
    authorOrganizationId: "scg-mps",
    context: "The Campaign Group believes that there should be certain rights which must be won and maintained:",
    topics: ["health-and-care"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 5,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 5,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-mps-right-6",
    kind: "right",
    text: "The right of access, throughout life, to the full range of human knowledge, through education at school, in college and afterwards.",
    position: 6,
    authorOrganizationId: "scg-mps",
    context: "The Campaign Group believes that there should be certain rights which must be won and maintained:",
    topics: ["education"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 6,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 6,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-mps-right-7",
    kind: "right",
    text: "The right to mass media which provides accurate news, free from bias or distortion, and a diversity of views.",
    position: 7,
    authorOrganizationId: "scg-mps",
    context: "The Campaign Group believes that there should be certain rights which must be won and maintained:",
    note: "The source ends this bullet with a closing quotation mark (”) that closes the quoted list of rights; it is not part of the right.",
    topics: ["media"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 7,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour MPs",
          paragraph: 2,
          bullet: 7,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-councillors-aim-1",
    kind: "aim",
    text: "Build on our proud socialist traditions in local government, whilst organising and agitating for new alternatives to failing capitalism.",
    position: 1,
    authorOrganizationId: "scg-councillors",
    context: "The Socialist Campaign Group of Labour Councillors aims to:",
    topics: ["local-government", "socialism"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 1,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 1,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-councillors-aim-2",
    kind: "aim",
    text: "Secure for the workers by hand or by brain the full fruits of their industry and the most equitable distribution thereof that may be possible upon the basis of the common ownership of the means of production, distribution and exchange, and the best obtainable system of popular administration and control of each industry or service.",
    position: 2,
    authorOrganizationId: "scg-councillors",
    context: "The Socialist Campaign Group of Labour Councillors aims to:",
    topics: ["public-ownership", "socialism"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 2,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 2,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-councillors-aim-3",
    kind: "aim",
    text: "Demand and continue to fight for the democratisation of politics and the economy, including campaigning for Open Selection for elected representatives at all levels of the Labour Party.",
    position: 3,
    authorOrganizationId: "scg-councillors",
    context: "The Socialist Campaign Group of Labour Councillors aims to:",
    topics: ["party-democracy"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 3,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 3,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-councillors-aim-4",
    kind: "aim",
    text: "Support the work of the Socialist Campaign Group of Labour MPs, trade unions and the wider socialist movement, acting as a conduit for socialist values in local government.",
    position: 4,
    authorOrganizationId: "scg-councillors",
    context: "The Socialist Campaign Group of Labour Councillors aims to:",
    topics: ["trade-unions", "local-government", "socialism"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 4,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 4,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "scg-councillors-aim-5",
    kind: "aim",
    text: "Mobilise the energy of the multi-generational, multi-racial, class-based movement – brought into the Labour Party by Jeremy Corbyn’s socialist leadership – to effect real political change and achieve socialism in our lifetime.",
    position: 5,
    authorOrganizationId: "scg-councillors",
    context: "The Socialist Campaign Group of Labour Councillors aims to:",
    topics: ["socialism"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 5,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "The Socialist Campaign Group of Labour Councillors",
          paragraph: 1,
          bullet: 5,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
  {
    id: "keir-starmer-promise",
    kind: "quotation",
    text: "My promise to you is that I will maintain our radical values and work tirelessly to get Labour into power – so that we can advance the interests of the people our party was created to serve",
    position: 1,
    authorPersonId: "keir-starmer",
    context: "During the leadership campaign Keir Starmer outlined",
    note: "The source prints the quotation marks reversed (” … “); they are not part of the text.",
    topics: [],
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
  {
    id: "keir-starmer-pledges-description",
    kind: "quotation",
    text: "Based on the moral case for socialism",
    position: 2,
    authorPersonId: "keir-starmer",
    context: "See Keir Starmer’s pledges at the end of this article which he describes as being",
    note: "Starmer’s description of his pledges; the pledges themselves are not in the archived text (see the source’s omissions).",
    topics: ["socialism"],
    sources: [
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Introduction",
          paragraph: 1,
        },
        basis: "stated",
      },
      {
        sourceId: "organising-around-socialist-policies",
        locator: {
          section: "Introduction",
          paragraph: 1,
        },
        fields: ["topics"],
        basis: "inferred",
        reason: "Topics are Labour Left Data’s own classification, not the source’s.",
      },
    ],
  },
] as const satisfies readonly StatementInput<SourceId, PersonId, OrganizationId>[];

export type StatementId = (typeof statementRecords)[number]["id"];
