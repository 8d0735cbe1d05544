// One page per group, person, place (constituency or region) and event, each from the records alone.
import {
  areasIn,
  candidaciesOf,
  contestsIn,
  membersOf,
  notionalResultFor,
  predecessorsOf,
  representativesOf,
  resultOf,
  statementsAbout,
  statementsOf,
  successorsOf,
} from "@labour-left/data";
import { barChart } from "./_charts.mjs";
import { identifierUrl, pathOf, SCHEME_NAMES } from "./_links.mjs";
import { locatorMap, nellMap, seatsMap } from "./_maps.mjs";
import { citations, inferenceNotes, inferredFields, link, locator, page, table, text } from "./_markdown.mjs";
import { partyColour, partyLabel } from "./_party-colours.mjs";
import {
  contestChart,
  notionalWinner,
  personResultsChart,
  seatHistoryChart,
  seats2024Map,
  stoodFor,
  winners2019Map,
} from "./_results-figures.mjs";

const KIND_TITLES = {
  priority: "Political priorities",
  right: "Rights",
  aim: "Aims",
  "campaign-description": "What the article says the group has campaigned for",
  "group-description": "What the article says of the groups",
  quotation: "Quotations",
};

/** A constituency's name with its boundaries, since a 2024 constituency may share the name of a 2010 one. */
export function areaTitle(area) {
  if (area.classification !== "constituency" || area.startDate === undefined) return area.name;
  return area.startDate.startsWith("2024") ? `${area.name} (2024 boundaries)` : `${area.name} (2010–2024 boundaries)`;
}

const percent = (share) => `${(share * 100).toFixed(1)}%`;
const electionLabel = (record) =>
  record.electionKind === "by-election" ? `${record.electionDate} (by-election)` : record.electionDate;

const CANDIDACY_COLUMNS = ["Election", "Constituency", "Stood for (on polling day)", "Votes (share)", "Result"];

function candidacyCells(candidacy, { areasById, organizationsById }) {
  const area = areasById.get(candidacy.areaId);
  return [
    text(electionLabel(candidacy)),
    area ? link(areaTitle(area), pathOf.areas(area.id)) : text(candidacy.areaId),
    text(stoodFor(candidacy, organizationsById)),
    text(`${candidacy.votes.toLocaleString("en-GB")} (${percent(candidacy.voteShare)})`),
    `${candidacy.elected ? "elected" : `place ${candidacy.position}`}, ${text(candidacy.resultSummary)} (${link("source", candidacy.sources[0]?.url ?? `/sources.html#${candidacy.sources[0]?.sourceId}`)})`,
  ];
}

const CANDIDACY_NOTE =
  "The party is the one the candidate stood for on that polling day, as the UK Parliament's results give it; it says nothing about the days before or after.";

/** One contest: every candidate in the order of the result, and the contest's totals. */
function contestSection(contest, context) {
  const { candidacies } = resultOf(contest.id);
  const chart = contestChart(contest, context.areasById.get(contest.areaId), context);
  const rows = candidacies.map((candidacy) => [
    text(candidacy.position),
    candidacy.personId ? link(candidacy.name, pathOf.people(candidacy.personId)) : text(candidacy.name),
    text(stoodFor(candidacy, context.organizationsById)),
    text(candidacy.votes.toLocaleString("en-GB")),
    text(percent(candidacy.voteShare)),
    text(
      candidacy.voteShareChange === undefined
        ? ""
        : `${candidacy.voteShareChange >= 0 ? "+" : ""}${(candidacy.voteShareChange * 100).toFixed(1)}`,
    ),
    candidacy.elected ? "elected" : "",
  ]);
  const totals = [
    `Electorate ${contest.electorate.toLocaleString("en-GB")}`,
    `valid votes ${contest.validVotes.toLocaleString("en-GB")}`,
    `invalid ${contest.invalidVotes.toLocaleString("en-GB")}`,
    `turnout ${percent(contest.turnout)} (valid votes ÷ electorate, computed here)`,
    `majority ${contest.majority.toLocaleString("en-GB")}`,
    text(contest.resultSummary),
    contest.declarationTime
      ? `declared ${text(contest.declarationTime.replace("T", " ").replace(":00Z", " UTC"))}`
      : "",
    link("source", contest.url ?? contest.sources[0]?.url ?? `/sources.html#${contest.sources[0]?.sourceId}`),
  ].filter(Boolean);
  return `### ${text(electionLabel(contest))}

${chart}
${table(["Place", "Candidate", "Stood for (on polling day)", "Votes", "Share", "Change (points)", "Result"], rows)}
${totals.join("; ")}.
`;
}

/** How a constituency of 2010-2024 and the constituencies of 2024 overlap, one way or the other. */
function overlapsSection(title, intro, overlaps) {
  if (overlaps.length === 0) return "";
  const pair = (of2010, of2024) => text(`${percent(of2010)} / ${percent(of2024)}`);
  const rows = overlaps.map(({ area, overlap }) => [
    link(areaTitle(area), pathOf.areas(area.id)),
    pair(overlap.fromPopulationShare, overlap.toPopulationShare),
    pair(overlap.fromResidentialShare, overlap.toResidentialShare),
    pair(overlap.fromGeographicShare, overlap.toGeographicShare),
  ]);
  return `## ${title}\n\n${intro} Each cell gives the share of the 2010 constituency, then of the 2024 one.\n\n${table(["Constituency", "Population", "Residential area", "Land"], rows)}`;
}

function notionalSection(result, context) {
  if (result === undefined) return "";
  const rows = result.results.map((votes) => [
    votes.partyId ? text(context.organizationsById.get(votes.partyId)?.name ?? votes.label) : text(votes.label),
    text(votes.votes.toLocaleString("en-GB")),
    text(percent(votes.votes / result.validVotes)),
  ]);
  const chart = barChart({
    title: "The 2019 result estimated on these boundaries: share of the vote by party (an estimate)",
    description: result.results
      .map((votes) => `${partyLabel(votes, context.organizationsById)}: ${percent(votes.votes / result.validVotes)}`)
      .join("; "),
    rows: result.results.map((votes, index) => ({
      label: partyLabel(votes, context.organizationsById),
      share: votes.votes / result.validVotes,
      colour: partyColour(votes),
      strong: index === 0,
    })),
  });
  return `## The 2019 result estimated on these boundaries\n\nAn estimate, not a count: the UK Parliament's notional result of the general election of 2019-12-12 as if it had been fought on the boundaries of 2024, by party. Electorate ${result.electorate.toLocaleString("en-GB")}, turnout ${percent(result.turnout)}, majority ${result.majority.toLocaleString("en-GB")}.\n\n${chart}\n${table(["Party", "Votes (estimated)", "Share"], rows)}`;
}

function identifiersTable(record, sourcesById) {
  return table(
    ["Scheme", "Identifier", "Source"],
    record.identifiers.map((identifier) => {
      const url = identifierUrl(identifier.scheme, identifier.identifier);
      return [
        text(SCHEME_NAMES[identifier.scheme] ?? identifier.scheme),
        url ? link(identifier.identifier, url) : text(identifier.identifier),
        identifier.sources.map((ref) => text(sourcesById.get(ref.sourceId)?.publisher ?? ref.sourceId)).join("; "),
      ];
    }),
  );
}

const otherNames = (record) =>
  record.otherNames.length === 0
    ? ""
    : `## Other names\n\n${table(
        ["Name", "Where"],
        record.otherNames.map((other) => [text(other.name), text(other.note)]),
      )}\n`;

export function groupPage(organization, context) {
  const { sourcesById, areasById } = context;
  // The group's own words first, then what the article says about it, headed as the article's.
  const statements = [...statementsOf(organization.id), ...statementsAbout(organization.id)];
  const kinds = [...new Set(statements.map((statement) => statement.kind))];
  const members = membersOf(organization.id);
  const facts = [
    organization.abbreviation ? `- Abbreviation: ${text(organization.abbreviation)}` : "",
    `- Kind: ${text(organization.classification)}`,
    organization.scope ? `- Scope: ${text(organization.scope)}` : "",
    organization.membershipRule ? `- Membership, in the source's words: “${text(organization.membershipRule)}”` : "",
    organization.coverage
      ? `- Covers, as the source states: ${organization.coverage.constituencyCount} constituencies in ${organization.coverage.regionIds.map((id) => link(areasById.get(id)?.name ?? id, pathOf.areas(id))).join(", ")}`
      : "",
  ].filter(Boolean);
  const statementSections = kinds.map((kind) => {
    const items = statements
      .filter((statement) => statement.kind === kind)
      .map(
        (statement) =>
          `${statement.position}. “${text(statement.text)}” <small>(${text(locator(statement.sources[0]?.locator))})</small>`,
      );
    const intro = statements.some((statement) => statement.kind === kind && statement.authorSourceId)
      ? "The article's words, not the group's own.\n\n"
      : "";
    return `## ${KIND_TITLES[kind] ?? text(kind)}\n\n${intro}${items.join("\n")}\n`;
  });
  const memberRows = members.map(({ person, membership }) => [
    link(person.name, pathOf.people(person.id)),
    text(membership.role),
    text(membership.startDate),
    text(membership.endDate),
    text(membership.asOf),
  ]);
  return page(
    organization.name,
    `${facts.join("\n")}\n\n${statementSections.join("\n")}\n${groupMap(organization, members, context)}## Members\n\n${table(["Person", "Role", "Start", "End", "As of"], memberRows)}\n${otherNames(organization)}## Sources\n\n${citations(organization.sources, sourcesById)}`,
  );
}

/** A constituency's winner at the contest of one polling day, if it had one. */
function winnerAt(area, pollingDay) {
  const contest = contestsIn(area.id).find((each) => each.electionDate === pollingDay);
  return contest ? resultOf(contest.id).candidacies[0] : undefined;
}

/** The map a group's page shows: NELL's constituencies by region, or the seats its listed MPs held. */
function groupMap(organization, members, context) {
  const { dataset, areasById, postsById } = context;
  if (organization.coverage) {
    const regions = organization.coverage.regionIds.map((id) => ({
      id,
      name: areasById.get(id)?.name ?? id,
      constituencies: areasIn(id).filter((area) => area.startDate === "2010-04-13"),
    }));
    const rows = regions.flatMap((region) =>
      region.constituencies.map((area) => [
        text(region.name),
        link(area.name, pathOf.areas(area.id)),
        text(area.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier),
      ]),
    );
    const winners = regions.flatMap((region) =>
      region.constituencies.map((area) => {
        const winner = winnerAt(area, "2019-12-12");
        return [
          text(region.name),
          link(area.name, pathOf.areas(area.id)),
          winner ? text(`${winner.name} (${partyLabel(winner, context.organizationsById)})`) : "",
        ];
      }),
    );
    const newer = dataset.areas.filter((area) => area.overlaps !== undefined);
    const newerRows = newer.map((area) => {
      const winner = winnerAt(area, "2024-07-04");
      const notional = notionalWinner(area);
      return [
        link(area.name, pathOf.areas(area.id)),
        text(area.parentId ? (areasById.get(area.parentId)?.name ?? area.parentId) : "(not placed)"),
        winner ? text(`${winner.name} (${partyLabel(winner, context.organizationsById)})`) : "",
        notional ? text(partyLabel(notional, context.organizationsById)) : "",
      ];
    });
    return `## Map of its constituencies\n\nThe four in North Cumbria are named in the article; the others are placed in their regions by inference (see each constituency's page).\n\n${nellMap(regions)}\n${table(["Region", "Constituency", "GSS code"], rows)}\n## Who won its seats in 2019\n\n${winners2019Map(
      regions.flatMap((region) => region.constituencies),
      context,
      "NELL's constituencies coloured by the party that won each at the general election of 2019-12-12",
    )}\n${table(["Region", "Constituency", "Won in 2019 by"], winners)}\n## The constituencies of 2024 over its area\n\nThe boundaries changed in 2024: these are the ${newer.length} new constituencies that overlap NELL's 33. Each is coloured by the party that won it on 2024-07-04; striped where that party differs from the winner of the UK Parliament's notional 2019 result on the new boundaries (an estimate).\n\n${seats2024Map(
      newer,
      context,
      "The constituencies of 2024 over NELL's area, coloured by the party that won each in 2024, striped where the notional 2019 winner differs",
    )}\n${table(["Constituency (2024)", "NELL region (by rule)", "Won in 2024 by", "Notional 2019 winner"], newerRows)}\n`;
  }
  const seats = members.flatMap(({ person }) => {
    const seat = dataset.memberships.find(
      (membership) =>
        membership.personId === person.id &&
        membership.organizationId === "house-of-commons" &&
        membership.legislativePeriodId === "parliament-58",
    );
    const area = seat?.postId ? areasById.get(postsById.get(seat.postId)?.areaId) : undefined;
    return area ? [{ person, area }] : [];
  });
  if (seats.length === 0) return "";
  const map = seatsMap(
    "Map of the seats won in December 2019 by the MPs the article lists",
    seats.map(({ person, area }) => ({
      areaId: area.id,
      name: `${area.name}: ${person.name}`,
      href: pathOf.areas(area.id),
    })),
  );
  const rows = seats.map(({ person, area }) => [
    link(person.name, pathOf.people(person.id)),
    link(area.name, pathOf.areas(area.id)),
    text(area.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier),
  ]);
  return `## Map of their seats\n\nThe Commons seats the listed MPs won at the general election of 2019-12-12.\n\n${map}\n${table(["Member", "Seat (2019)", "GSS code"], rows)}\n`;
}

/** A membership's start and end as table cells, each inferred one marked, with its reason among `notes`. */
function datesCells(membership, notes) {
  const inferred = inferredFields(membership);
  const start = membership.latestStartDate
    ? `${membership.startDate} (by ${membership.latestStartDate})`
    : membership.startDate;
  return [
    notes.cell(start, inferred.get("startDate") ?? inferred.get("latestStartDate")),
    notes.cell(membership.endDate, inferred.get("endDate")),
  ];
}

export function personPage(person, context) {
  const { dataset, sourcesById, organizationsById, postsById, areasById } = context;
  const memberships = dataset.memberships.filter((membership) => membership.personId === person.id);
  const candidacies = candidaciesOf(person.id);
  const roles = dataset.events.flatMap((event) =>
    event.participants
      .filter((participant) => participant.personId === person.id)
      .map((participant) => ({ event, participant })),
  );
  const organizationCell = (id) => {
    const organization = organizationsById.get(id);
    return organization?.classification === "political-group"
      ? link(organization.name, pathOf.organizations(id))
      : text(organization?.name ?? id);
  };
  const membershipNotes = inferenceNotes();
  const membershipRows = memberships.map((membership) => {
    const area = membership.postId ? areasById.get(postsById.get(membership.postId)?.areaId) : undefined;
    return [
      organizationCell(membership.organizationId),
      text(membership.role),
      area ? link(areaTitle(area), pathOf.areas(area.id)) : "",
      ...datesCells(membership, membershipNotes),
      text(membership.asOf),
    ];
  });
  const speech = person.maidenSpeech
    ? `## Maiden speech

${text(person.maidenSpeech.date)}, Hansard ${link(person.maidenSpeech.hansardReference, person.maidenSpeech.url)}.

`
    : "";
  return page(
    person.name,
    `How the source names them: **${text(person.name)}**.\n\n## Identifiers\n\n${identifiersTable(person, sourcesById)}\n## Memberships\n\n${table(["Organization", "Role", "Seat", "Start", "End", "As of"], membershipRows)}${membershipNotes.notes()}\n${speech}## Candidacies\n\n${candidacies.length > 0 ? `${CANDIDACY_NOTE}\n\n${personResultsChart(person, candidacies, context)}\n` : ""}${table(
      CANDIDACY_COLUMNS,
      candidacies.map((candidacy) => candidacyCells(candidacy, context)),
    )}\n## Roles at events\n\n${table(
      ["Event", "Role", "Introduced as"],
      roles.map(({ event, participant }) => [
        link(event.name, pathOf.events(event.id)),
        text(participant.role),
        `“${text(participant.introducedAs)}”`,
      ]),
    )}\n${otherNames(person)}## Sources\n\n${citations(person.sources, sourcesById)}`,
  );
}

export function placePage(area, context) {
  const { sourcesById, areasById } = context;
  const parent = area.parentId ? areasById.get(area.parentId) : undefined;
  const gss = area.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier;
  const facts = [
    `- Kind: ${area.classification === "nell-region" ? "one of NELL's six regions" : "Westminster constituency"}`,
    area.startDate ? `- Boundaries: in force from ${text(area.startDate)}; ended ${text(area.endDate)}` : "",
    gss ? `- GSS code: ${text(gss)}` : "",
    parent ? `- NELL region: ${link(parent.name, pathOf.areas(parent.id))}` : "",
    area.note ? `- Note: ${text(area.note)}` : "",
  ].filter(Boolean);
  const neighbours = parent
    ? areasIn(parent.id)
        .filter((other) => other.startDate === area.startDate)
        .map((other) => other.id)
    : [];
  const body = [facts.join("\n"), "", area.classification === "nell-region" ? "" : locatorMap(area, neighbours)];
  if (area.classification === "nell-region") {
    const constituencies = areasIn(area.id);
    const rowsOf = (list) =>
      list.map((child) => [
        link(child.name, pathOf.areas(child.id)),
        text(child.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier),
      ]);
    const older = constituencies.filter((child) => child.startDate === "2010-04-13");
    const newer = constituencies.filter((child) => child.startDate !== "2010-04-13");
    body.push(
      `## Constituencies of 2010-2024\n\nColoured by the party that won each at the general election of 2019-12-12.\n\n${winners2019Map(older, context, `${area.name}'s constituencies of 2010-2024, coloured by the party that won each in 2019`)}\n${table(["Constituency", "GSS code"], rowsOf(older))}`,
      `## Constituencies of 2024 placed in it\n\nPlaced by Labour Left Data's rule (more than half the population lived in this region's constituencies of 2010-2024), not by the article. Coloured by the party that won each in 2024; striped where that differs from the notional 2019 winner (an estimate).\n\n${newer.length > 0 ? seats2024Map(newer, context, `The constituencies of 2024 placed in ${area.name}, coloured by the party that won each in 2024`) : ""}\n${table(["Constituency", "GSS code"], rowsOf(newer))}`,
    );
  } else {
    body.push(`## Identifiers\n\n${identifiersTable(area, sourcesById)}`);
    if (area.localAuthorities) {
      body.push(
        `## Local authorities\n\n${table(
          ["Code", "Name", "Population share"],
          area.localAuthorities.map((authority) => [
            text(authority.code),
            text(authority.name),
            text(authority.populationShare),
          ]),
        )}`,
      );
    }
    const seatNotes = inferenceNotes();
    const seats = representativesOf(area.id).map(({ person, membership }) => [
      link(person.name, pathOf.people(person.id)),
      ...datesCells(membership, seatNotes),
      text(membership.endReason),
    ]);
    body.push(
      `## Represented by, as far as the data knows\n\n${table(["Person", "Start", "End", "How it ended"], seats)}${seatNotes.notes()}`,
    );
  }
  if (area.classification === "constituency") {
    body.push(
      overlapsSection(
        "Constituencies of 2024 that cover it",
        "The UK Parliament's overlaps between this constituency and those of 2024.",
        successorsOf(area.id),
      ),
      overlapsSection(
        "NELL's constituencies of 2010-2024 it covers",
        "The UK Parliament's overlaps between this constituency and NELL's of 2010-2024 (only those are in the data).",
        predecessorsOf(area.id),
      ),
      notionalSection(notionalResultFor(area.id), context),
    );
    const contests = contestsIn(area.id).reverse();
    const history = seatHistoryChart(area, context);
    if (history) body.push(`## Shares election by election\n\n${history}`);
    body.push(
      `## Results\n\n${contests.length > 0 ? `Every candidate of every contest in the data, newest first. ${CANDIDACY_NOTE}\n\n` : "_None in the data._\n"}${contests.map((contest) => contestSection(contest, context)).join("\n")}`,
    );
  }
  body.push(otherNames(area), `## Sources\n\n${citations(area.sources, sourcesById)}`);
  return page(areaTitle(area), body.join("\n"));
}

export function eventPage(event, context) {
  const { sourcesById, peopleById, organizationsById, dataset } = context;
  const errata = dataset.errata.filter(
    (erratum) => erratum.subject.collection === "events" && erratum.subject.id === event.id,
  );
  const rows = event.participants.map((participant, index) => {
    const erratum = errata.find((candidate) => candidate.subject.field === `participants[${index}].introducedAs`);
    return [
      link(peopleById.get(participant.personId)?.name ?? participant.personId, pathOf.people(participant.personId)),
      `“${text(participant.introducedAs)}”${erratum ? ` (see ${link("erratum", `/sources.html#${erratum.id}`)})` : ""}`,
    ];
  });
  const organizer = organizationsById.get(event.organizationId);
  if (event.classification === "legislative-period") {
    const facts = [
      `- Legislature: ${text(organizer?.name ?? event.organizationId)}`,
      `- Summoned to meet: ${text(event.startDate)}`,
      event.stateOpeningDate ? `- State opening: ${text(event.stateOpeningDate)}` : "",
      `- Dissolved: ${event.endDate ? text(event.endDate) : "no dissolution in the sources"}`,
      ...(event.identifiers ?? []).map((identifier) => {
        const url = identifierUrl(identifier.scheme, identifier.identifier);
        return `- ${text(SCHEME_NAMES[identifier.scheme] ?? identifier.scheme)}: ${url ? link(identifier.identifier, url) : text(identifier.identifier)}`;
      }),
    ].filter(Boolean);
    const seats = dataset.memberships.filter((membership) => membership.legislativePeriodId === event.id);
    return page(
      event.name,
      `${facts.join("\n")}\n\n## Seats of people in the data\n\n${table(
        ["Member", "Seat", "Start", "End"],
        seats.map((membership) => {
          const area = context.areasById.get(context.postsById.get(membership.postId)?.areaId);
          return [
            link(peopleById.get(membership.personId)?.name ?? membership.personId, pathOf.people(membership.personId)),
            area ? link(areaTitle(area), pathOf.areas(area.id)) : "",
            text(membership.startDate),
            text(membership.endDate),
          ];
        }),
      )}\n## Sources\n\n${citations(event.sources, sourcesById)}`,
    );
  }
  return page(
    event.name,
    `- Held by: ${link(organizer?.name ?? event.organizationId, pathOf.organizations(event.organizationId))}\n- Date: ${text(event.startDate)}${event.endDate ? ` to ${text(event.endDate)}` : ""}\n${event.participantsComplete ? "" : "- The source names only some of the speakers (“speakers including”).\n"}\n## Speakers\n\n${table(["Speaker", "Introduced as"], rows)}\n## Sources\n\n${citations(event.sources, sourcesById)}`,
  );
}
