import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { dataset } from "../src/index";
import { MembershipSchema } from "../src/schemas";
import type { Area, Person } from "../src/schemas/types";
import { REFERENCE_DIR, readShared, referenceAvailable, SKIP_NO_REFERENCE, sharedSuiteTitle } from "./_shared";

const { areas, candidacies, memberships, people, posts, sources } = dataset;

type Row = Record<string, string>;

const gssOf = (area: Area | undefined): string | undefined =>
  area?.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier;
const memberIdOf = (person: Person | undefined): string | undefined =>
  person?.identifiers.find((identifier) => identifier.scheme === "uk-parliament")?.identifier;
const optionalNumber = (text: string | undefined): number | undefined =>
  text === undefined || text === "" ? undefined : Number(text);
const PARTY_IDS: Record<string, string> = { Labour: "labour-party", "Co-operative": "co-operative-party" };

describe.skipIf(!referenceAvailable)(
  sharedSuiteTitle("candidacies against the UK Parliament results", referenceAvailable, SKIP_NO_REFERENCE),
  () => {
    let rows: Row[];
    const ours = () => candidacies.filter((candidacy) => candidacy.personId !== undefined);
    const candidacyOf = (row: Row) =>
      candidacies.find(
        (candidacy) =>
          memberIdOf(people.find((person) => person.id === candidacy.personId)) === row.candidate_mnis_id &&
          candidacy.electionDate === row.general_election_polling_date,
      );

    beforeAll(() => {
      rows = parse(readShared(`${REFERENCE_DIR}/candidacies_ge2010_2024.csv`), { columns: true, bom: true });
    });

    it("holds exactly one candidacy of a person in the records for each row of the reference, and no other general-election one", () => {
      expect(ours().filter((candidacy) => candidacy.electionKind === "general")).toHaveLength(rows.length);
      for (const row of rows)
        expect(candidacyOf(row), `${row.name_as_listed} ${row.general_election_polling_date}`).toBeDefined();
    });

    it("copies every value of each row: person, constituency, party, votes, share, change, majority, result", () => {
      for (const row of rows) {
        const candidacy = candidacyOf(row);
        const label = candidacy?.id ?? row.name_as_listed;
        const area = areas.find((candidate) => candidate.id === candidacy?.areaId);
        expect(gssOf(area), label).toBe(row.constituency_geographic_code);
        expect(area?.startDate, label).toBe(row.boundary_set_start_date);
        expect(candidacy?.electionKind, label).toBe("general");
        expect(candidacy?.independent, label).toBe(row.candidate_is_standing_as_independent === "true");
        expect(candidacy?.partyId, label).toBe(PARTY_IDS[row.main_party_name ?? ""]);
        expect(candidacy?.adjunctPartyId, label).toBe(PARTY_IDS[row.adjunct_party_name ?? ""]);
        expect(candidacy?.votes, label).toBe(Number(row.candidate_vote_count));
        expect(candidacy?.voteShare, label).toBe(Number(row.candidate_vote_share));
        expect(candidacy?.voteShareChange, label).toBe(optionalNumber(row.candidate_vote_change));
        expect(candidacy?.majority, label).toBe(optionalNumber(row.majority));
        expect(candidacy?.position, label).toBe(Number(row.candidate_result_position));
        expect(candidacy?.elected, label).toBe(row.candidate_result_position === "1");
        expect(candidacy?.resultSummary, label).toBe(row.election_result_summary);
        const [citation] = candidacy?.sources ?? [];
        expect(citation?.url, label).toBe(row.election_url);
        const source = sources.find((candidate) => candidate.id === citation?.sourceId);
        expect(source?.published, label).toBe(row.general_election_polling_date);
        expect(source?.copyUsed, label).toContain(`${row.source_file}, commit ${row.source_commit}`);
      }
    });

    it("gives every elected candidacy a Commons seat for that constituency, from the month of the poll", () => {
      for (const row of rows.filter((candidate) => candidate.candidate_result_position === "1")) {
        const candidacy = candidacyOf(row);
        const seat = memberships.find(
          (membership) =>
            membership.personId === candidacy?.personId &&
            membership.organizationId === "house-of-commons" &&
            membership.startDate.startsWith(row.general_election_polling_date?.slice(0, 7) ?? "-"),
        );
        const post = posts.find((candidate) => candidate.id === seat?.postId);
        expect(post?.areaId, candidacy?.id).toBe(candidacy?.areaId);
      }
      const seats = memberships.filter((membership) => membership.organizationId === "house-of-commons");
      const elected = ours().filter((candidacy) => candidacy.elected);
      expect(seats).toHaveLength(elected.length);
      expect(elected.filter((candidacy) => candidacy.electionKind === "general")).toHaveLength(
        rows.filter((row) => row.candidate_result_position === "1").length,
      );
    });

    it("gives 2024 constituencies areas of their own, never the 2010 area of the same name", () => {
      const newer = rows.filter((row) => row.boundary_set_start_date === "2024-05-31");
      for (const row of newer) {
        const area = areas.find((candidate) => candidate.id === candidacyOf(row)?.areaId);
        expect(area?.endDate, area?.id).toBe("unknown");
        expect(area?.startDate, area?.id).toBe("2024-05-31");
        const older = areas.filter(
          (candidate) => candidate.name === area?.name && candidate.startDate === "2010-04-13",
        );
        for (const other of older) expect(gssOf(other)).not.toBe(gssOf(area));
      }
    });
  },
);

describe("party claims", () => {
  it("are made only by candidacies, each for one polling day: no membership can name a party", () => {
    const seat = memberships.find((membership) => membership.organizationId === "house-of-commons");
    expect(MembershipSchema.safeParse({ ...seat, onBehalfOfId: "labour-party" }).success).toBe(false);
    for (const membership of memberships) expect(Object.keys(membership)).not.toContain("onBehalfOfId");
    for (const candidacy of candidacies) {
      expect(candidacy.electionDate, candidacy.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(candidacy.partyId !== undefined || candidacy.independent, candidacy.id).toBe(true);
    }
  });

  it("never reads a membership's reasons as a party claim beyond the polling day", () => {
    for (const membership of memberships) {
      expect(`${membership.startReason ?? ""} ${membership.endReason ?? ""}`, membership.id).not.toMatch(
        /\b(for|represent(s|ed)?) (Labour|the Labour Party)\b/,
      );
    }
  });
});
