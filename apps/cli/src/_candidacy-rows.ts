import { type Candidacy, getArea, getOrganization, type OrganizationId } from "@labour-left/data";
import { type Cell, share } from "./_result";

/** The columns a candidacy shows in a table: what a reader of election results looks for. */
export const CANDIDACY_COLUMNS = [
  "election",
  "constituency",
  "GSS code",
  "stood for",
  "votes",
  "share",
  "position",
  "result",
] as const;

const partyName = (id: OrganizationId | undefined): string | undefined =>
  id === undefined ? undefined : (getOrganization(id)?.name ?? id);

/** "Labour and Co-operative", "Labour", or "independent": as the results give it for that polling day. */
export function stoodFor(candidacy: Candidacy): string {
  if (candidacy.independent) return "independent";
  return [partyName(candidacy.partyId), partyName(candidacy.adjunctPartyId)].filter(Boolean).join(" and ");
}

export function candidacyRow(candidacy: Candidacy): Cell[] {
  const area = getArea(candidacy.areaId);
  return [
    candidacy.electionKind === "by-election" ? `${candidacy.electionDate} (by-election)` : candidacy.electionDate,
    area?.name ?? candidacy.areaId,
    area?.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier,
    stoodFor(candidacy),
    candidacy.votes,
    share(candidacy.voteShare),
    candidacy.position,
    candidacy.elected ? `elected (${candidacy.resultSummary})` : `not elected (${candidacy.resultSummary})`,
  ];
}
