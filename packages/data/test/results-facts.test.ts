import { beforeAll, describe, expect, it } from "vitest";
import { dataset, getContest, predecessorsOf, resultOf, successorsOf } from "../src/index";
import type { Candidacy, Contest } from "../src/schemas/types";
import {
  areaWithGss,
  decoded,
  identifierOf,
  partyWithMnisId,
  personWithMemberId,
  type Row,
  readResults,
  sourceInstant,
} from "./_results";
import { referenceAvailable, SKIP_NO_REFERENCE, sharedSuiteTitle } from "./_shared";

const optional = (text: string | undefined): number | undefined =>
  text === undefined || text === "" ? undefined : Number(text);
const contestAt = (day: string, gss: string): Contest | undefined =>
  dataset.contests.find((contest) => contest.electionDate === day && contest.areaId === areaWithGss(gss).id);
const candidaciesOfContest = (contest: Contest | undefined): Candidacy[] =>
  dataset.candidacies.filter((candidacy) => candidacy.contestId === contest?.id);

describe.skipIf(!referenceAvailable)(
  sharedSuiteTitle("whole contests against the UK Parliament's results", referenceAvailable, SKIP_NO_REFERENCE),
  () => {
    let general: Row[];
    let byContests: Row[];
    let byCandidacies: Row[];

    beforeAll(() => {
      general = readResults("general_election_candidacies.csv");
      byContests = readResults("by_election_contests.csv");
      byCandidacies = readResults("by_election_candidacies.csv");
    });

    it("holds one contest for each general election and by-election in the reference, and no other", () => {
      const generalContests = new Set(
        general.map((row) => `${row.general_election_polling_date} ${row.constituency_geographic_code}`),
      );
      expect(dataset.contests).toHaveLength(generalContests.size + byContests.length);
      expect(dataset.candidacies).toHaveLength(general.length + byCandidacies.length);
    });

    it("copies every general-election contest's totals, and computes its turnout from them", () => {
      for (const row of general) {
        const contest = contestAt(row.general_election_polling_date ?? "", row.constituency_geographic_code ?? "");
        const label = `${row.general_election_polling_date} ${row.constituency_name}`;
        expect(contest, label).toBeDefined();
        expect(contest?.electionKind, label).toBe("general");
        expect(contest?.legislativePeriodId, label).toBe(`parliament-${row.parliament_number}`);
        expect(contest?.electorate, label).toBe(Number(row.electorate));
        expect(contest?.validVotes, label).toBe(Number(row.election_valid_vote_count));
        expect(contest?.invalidVotes, label).toBe(Number(row.election_invalid_vote_count));
        expect(contest?.resultSummary, label).toBe(row.election_result_summary);
        expect(contest?.url, label).toBe(row.election_url);
        if (row.declaration_time) {
          expect(new Date(contest?.declarationTime ?? "").getTime(), label).toBe(
            sourceInstant(row.declaration_time).getTime(),
          );
        } else {
          expect(contest?.declarationTime, label).toBeUndefined();
        }
        if (row.majority) expect(contest?.majority, label).toBe(Number(row.majority));
        const turnout = Number(row.election_valid_vote_count) / Number(row.electorate);
        expect(contest?.turnout, label).toBeCloseTo(turnout, 6);
        const computed = contest?.sources.find((source) => source.fields?.includes("turnout"));
        expect(computed?.basis, label).toBe("inferred");
      }
    });

    it("copies every general-election candidacy, whoever the candidate, value by value", () => {
      for (const row of general) {
        const contest = contestAt(row.general_election_polling_date ?? "", row.constituency_geographic_code ?? "");
        const matches = candidaciesOfContest(contest).filter(
          (candidacy) => candidacy.position === Number(row.candidate_result_position),
        );
        const label = `${row.general_election_polling_date} ${row.constituency_name} ${row.candidate_family_name}`;
        expect(matches, label).toHaveLength(1);
        const [candidacy] = matches;
        expect(candidacy?.givenName, label).toBe(decoded(row.candidate_given_name ?? ""));
        expect(candidacy?.familyName, label).toBe(decoded(row.candidate_family_name ?? ""));
        expect(candidacy?.name, label).toBe(`${candidacy?.givenName} ${candidacy?.familyName}`);
        expect(candidacy?.personId, label).toBe(personWithMemberId(row.candidate_mnis_id ?? "")?.id);
        expect(candidacy?.memberId, label).toBe(row.candidate_mnis_id || undefined);
        expect(candidacy?.independent, label).toBe(row.candidate_is_standing_as_independent === "true");
        const party = dataset.organizations.find((organization) => organization.id === candidacy?.partyId);
        expect(party && identifierOf(party, "uk-parliament-party"), label).toBe(row.main_party_mnis_id || undefined);
        if (party && row.main_party_name) {
          expect([party.name, ...party.otherNames.map((other) => other.name)], label).toContain(
            decoded(row.main_party_name),
          );
        }
        const adjunct = dataset.organizations.find((organization) => organization.id === candidacy?.adjunctPartyId);
        expect(adjunct && identifierOf(adjunct, "electoral-commission"), label).toBe(
          row.adjunct_party_electoral_commission_id || undefined,
        );
        expect(candidacy?.votes, label).toBe(Number(row.candidate_vote_count));
        expect(candidacy?.voteShare, label).toBe(Number(row.candidate_vote_share));
        expect(candidacy?.voteShareChange, label).toBe(optional(row.candidate_vote_change));
        expect(candidacy?.majority, label).toBe(optional(row.majority));
        expect(candidacy?.elected, label).toBe(row.candidate_result_position === "1");
        expect(candidacy?.resultSummary, label).toBe(row.election_result_summary);
        expect(candidacy?.sources[0]?.url, label).toBe(row.election_url);
        expect(candidacy?.sources[0]?.sourceId, label).toBe(
          `uk-parliament-ge${row.general_election_polling_date?.slice(0, 4)}-results`,
        );
      }
    });

    it("sums each contest's votes to its valid votes, and its majority to the first's lead over the second", () => {
      for (const contest of dataset.contests) {
        const result = resultOf(contest.id as never);
        const votes = result?.candidacies.map((candidacy) => candidacy.votes) ?? [];
        expect(
          votes.reduce((sum, each) => sum + each, 0),
          contest.id,
        ).toBe(contest.validVotes);
        expect((votes[0] ?? 0) - (votes[1] ?? 0), contest.id).toBe(contest.majority);
        expect(
          result?.candidacies.filter((candidacy) => candidacy.elected),
          contest.id,
        ).toHaveLength(1);
        for (const candidacy of result?.candidacies ?? []) {
          expect([candidacy.areaId, candidacy.electionDate, candidacy.electionKind], candidacy.id).toEqual([
            contest.areaId,
            contest.electionDate,
            contest.electionKind,
          ]);
        }
      }
    });

    it("copies the by-elections, placing candidates by votes and marking that place as inferred", () => {
      for (const row of byContests) {
        const contest = contestAt(row.polling_date ?? "", row.constituency_gss ?? "");
        const label = `${row.polling_date} ${row.constituency_name}`;
        expect(contest?.electionKind, label).toBe("by-election");
        expect(contest?.legislativePeriodId, label).toBe(`parliament-${row.parliament_number}`);
        expect(contest?.writDate, label).toBe(row.writ_date);
        expect(contest?.electorate, label).toBe(Number(row.electorate));
        expect(contest?.validVotes, label).toBe(Number(row.valid_votes));
        expect(contest?.invalidVotes, label).toBe(Number(row.invalid_votes));
        expect(contest?.majority, label).toBe(Number(row.majority));
        expect(contest?.resultSummary, label).toBe(row.result_summary);
        const winner = candidaciesOfContest(contest).find((candidacy) => candidacy.elected);
        expect(winner?.name, label).toBe(`${row.winner_given_name} ${row.winner_family_name}`);
        expect(winner?.majority, label).toBe(Number(row.majority));
      }
      for (const row of byCandidacies) {
        const contest = contestAt(row.polling_date ?? "", row.constituency_gss ?? "");
        const rivals = byCandidacies.filter(
          (other) => other.polling_date === row.polling_date && other.constituency_gss === row.constituency_gss,
        );
        const place = rivals.filter((other) => Number(other.votes) > Number(row.votes)).length + 1;
        const [candidacy, ...others] = candidaciesOfContest(contest).filter((each) => each.position === place);
        const label = `${row.polling_date} ${row.candidate_family_name}`;
        expect(others, label).toEqual([]);
        expect(candidacy?.name, label).toBe(`${row.candidate_given_name} ${row.candidate_family_name}`);
        expect(candidacy?.votes, label).toBe(Number(row.votes));
        expect(candidacy?.voteShare, label).toBe(Number(row.share));
        expect(candidacy?.voteShareChange, label).toBe(optional(row.change));
        expect(candidacy?.memberId, label).toBe(row.candidate_mnis_id || undefined);
        expect(candidacy?.democracyClubId, label).toBe(row.democracy_club_person_id || undefined);
        expect(candidacy?.personId, label).toBe(personWithMemberId(row.candidate_mnis_id ?? "")?.id);
        expect(candidacy?.independent, label).toBe(row.party_name === "Independent");
        if (!candidacy?.independent) {
          expect(candidacy?.partyId, label).toBe(partyWithMnisId(row.party_mnis_id ?? "")?.id);
        }
        const position = candidacy?.sources.find((source) => source.fields?.includes("position"));
        expect(position?.basis, label).toBe("inferred");
      }
    });

    it("decodes the HTML character references of the general-election export", () => {
      const encoded = general.filter((row) =>
        [row.candidate_given_name, row.candidate_family_name, row.main_party_name].some((text) => text?.includes("&#")),
      );
      expect(encoded.length).toBeGreaterThan(0);
      for (const record of [...dataset.candidacies, ...dataset.organizations]) {
        expect(JSON.stringify(record), record.id).not.toMatch(/&#\d+;/);
      }
      for (const row of encoded) {
        const contest = contestAt(row.general_election_polling_date ?? "", row.constituency_geographic_code ?? "");
        const candidacy = candidaciesOfContest(contest).find(
          (each) => each.position === Number(row.candidate_result_position),
        );
        expect(candidacy?.familyName).toBe(decoded(row.candidate_family_name ?? ""));
        expect(candidacy?.familyName).not.toContain("&");
      }
    });

    it("keeps the spelling of the export where the two sources disagree, and notes the other with its source", () => {
      const row = general.find((candidate) => candidate.candidate_family_name === "Wood-Brass");
      const contest = contestAt(row?.general_election_polling_date ?? "", row?.constituency_geographic_code ?? "");
      const candidacy = candidaciesOfContest(contest).find((each) => each.familyName === "Wood-Brass");
      expect(candidacy?.name).toBe("Sam Wood-Brass");
      expect(candidacy?.sources[0]?.sourceId).toBe("uk-parliament-ge2024-results");
      expect(candidacy?.otherNames?.map((other) => other.name)).toEqual(["Sam Woods-Brass"]);
      expect(candidacy?.otherNames?.[0]?.sources[0]?.sourceId).toBe("uk-parliament-results-application");
      const noted = dataset.candidacies.filter((each) => each.otherNames !== undefined);
      expect(noted).toEqual([candidacy]);
    });

    it("makes each party an organization with the UK Parliament's and the Electoral Commission's ids", () => {
      const mentions = [
        ...general.map((row) => [row.main_party_mnis_id, row.main_party_electoral_commission_id]),
        ...byCandidacies.map((row) => [row.party_mnis_id, row.party_electoral_commission_id]),
      ].filter(([mnis]) => mnis !== "" && mnis !== "8");
      for (const [mnis, commission] of mentions) {
        const parties = dataset.organizations.filter(
          (organization) => identifierOf(organization, "uk-parliament-party") === mnis,
        );
        expect(parties, mnis).toHaveLength(1);
        expect(parties[0]?.classification).toBe("political-party");
        const codes = parties[0]?.identifiers
          .filter((identifier) => identifier.scheme === "electoral-commission")
          .map((identifier) => identifier.identifier);
        if (commission) expect(codes, mnis).toContain(commission);
      }
    });

    it("links the people in the records to their candidacies, and no other candidate to a person", () => {
      for (const candidacy of dataset.candidacies) {
        if (candidacy.personId === undefined) {
          expect(personWithMemberId(candidacy.memberId ?? ""), candidacy.id).toBeUndefined();
          expect(candidacy.id, candidacy.id).toBe(`${candidacy.contestId}-${candidacy.position}`);
        } else {
          expect(personWithMemberId(candidacy.memberId ?? "")?.id, candidacy.id).toBe(candidacy.personId);
        }
        // A candidate the records do not otherwise cover is a name, a party and a result, nothing more.
        expect(Object.keys(candidacy).filter((key) => /sitting|former|gender|address|email/i.test(key))).toEqual([]);
      }
      expect(getContest("by2012-11-29-middlesbrough")?.electionKind).toBe("by-election");
    });

    it("gives every 2024 constituency in scope its overlaps with NELL's constituencies, all six shares", () => {
      const overlaps = readResults("overlaps_2010_2024.csv");
      const fields: [string, string][] = [
        ["fromPopulationShare", "from_population_overlap"],
        ["toPopulationShare", "to_population_overlap"],
        ["fromResidentialShare", "from_residential_overlap"],
        ["toResidentialShare", "to_residential_overlap"],
        ["fromGeographicShare", "from_geographic_overlap"],
        ["toGeographicShare", "to_geographic_overlap"],
      ];
      for (const row of overlaps) {
        const newer = areaWithGss(row.to_gss_2024 ?? "");
        const older = areaWithGss(row.from_gss_2010 ?? "");
        const overlap = newer.overlaps?.find((each) => each.fromAreaId === older.id);
        for (const [field, column] of fields) {
          expect((overlap as Record<string, unknown> | undefined)?.[field], `${newer.id} ${field}`).toBe(
            Number(row[column]),
          );
        }
        expect(successorsOf(older.id as never).map((each) => each.area.id)).toContain(newer.id);
        expect(predecessorsOf(newer.id as never).map((each) => each.area.id)).toContain(older.id);
      }
      const all = dataset.areas.flatMap((area) => area.overlaps ?? []);
      expect(all).toHaveLength(overlaps.length);
    });

    it("places a 2024 constituency in a NELL region only by the stated rule, marked inferred", () => {
      for (const area of dataset.areas.filter((each) => each.overlaps !== undefined)) {
        const byRegion = new Map<string, number>();
        for (const overlap of area.overlaps ?? []) {
          const region = dataset.areas.find((each) => each.id === overlap.fromAreaId)?.parentId ?? "";
          byRegion.set(region, (byRegion.get(region) ?? 0) + overlap.toPopulationShare);
        }
        const [best, share] = [...byRegion].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
        expect(area.parentId, area.id).toBe(share > 0.5 ? best : undefined);
        if (area.parentId !== undefined) {
          const placement = area.sources.find((source) => source.fields?.includes("parentId"));
          expect(placement?.basis, area.id).toBe("inferred");
          expect(placement?.reason, area.id).toContain("more than half");
        }
      }
    });

    it("keeps the notional 2019 results on the 2024 boundaries as estimates, by party", () => {
      const rows = readResults("notional_2019_on_2024_boundaries.csv");
      const seats = new Set(rows.map((row) => row.constituency_gss_2024));
      expect(dataset.notionalResults).toHaveLength(seats.size);
      for (const gss of seats) {
        const area = areaWithGss(gss ?? "");
        const result = dataset.notionalResults.find((each) => each.areaId === area.id);
        const mine = rows.filter((row) => row.constituency_gss_2024 === gss);
        const [first] = mine;
        expect(result?.estimate, area.id).toBe(true);
        expect(result?.electionDate).toBe("2019-12-12");
        expect(result?.electorate, area.id).toBe(Number(first?.electorate));
        expect(result?.validVotes, area.id).toBe(Number(first?.valid_votes));
        expect(result?.majority, area.id).toBe(Number(first?.majority));
        expect(result?.turnout, area.id).toBeCloseTo(Number(first?.turnout_percent) / 100, 9);
        // The rows that total or repeat the others are left out; every party row is kept.
        const parties = mine.filter((row) => row.party_code !== "TOTOTHV" && row.party_code !== "MAXOTHV");
        expect(
          result?.results.map((each) => each.votes).sort((a, b) => a - b),
          area.id,
        ).toEqual(parties.map((row) => Number(row.votes)).sort((a, b) => a - b));
        expect(
          result?.results.reduce((sum, each) => sum + each.votes, 0),
          area.id,
        ).toBe(result?.validVotes);
        for (const each of result?.results ?? []) {
          if (each.partyId) {
            const party = dataset.organizations.find((organization) => organization.id === each.partyId);
            expect(parties.map((row) => row.party_mnis_id)).toContain(
              party && identifierOf(party, "uk-parliament-party"),
            );
          }
        }
      }
    });

    it("records Parliaments 55 to 59 as legislative periods, with the dates the reference gives", () => {
      for (const row of readResults("parliament_periods.csv")) {
        const parliament = dataset.events.find((event) => event.id === `parliament-${row.parliament_number}`);
        expect(parliament?.classification).toBe("legislative-period");
        expect(parliament?.startDate).toBe(row.summoned_on);
        expect(parliament?.stateOpeningDate).toBe(row.state_opening_on);
        expect(parliament?.endDate).toBe(row.dissolved_on || undefined);
        expect(parliament?.identifiers?.find((each) => each.scheme === "wikidata")?.identifier).toBe(
          row.parliament_wikidata_qid,
        );
      }
    });

    it("gives each person their maiden speech, and the reference's Wikidata id for them equals ours", () => {
      const rows = readResults("maiden_speeches.csv");
      expect(rows).toHaveLength(37);
      for (const row of rows) {
        const person = personWithMemberId(row.mnis_id ?? "");
        expect(person, row.member_name).toBeDefined();
        expect(person && identifierOf(person, "wikidata"), row.member_name).toBe(row.wikidata_qid);
        expect(person?.maidenSpeech?.date, row.member_name).toBe(row.date);
        expect(person?.maidenSpeech?.hansardReference, row.member_name).toBe(row.hansard_reference);
        expect(person?.maidenSpeech?.url, row.member_name).toBe(row.hansard_url);
      }
    });
  },
);
