import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { dataset } from "../src/index";
import { IDENTIFIER_SCHEMES } from "../src/schemas";
import type { Area, IdentifierScheme, Person } from "../src/schemas/types";
import { REFERENCE_DIR, readShared, referenceAvailable, SKIP_NO_REFERENCE, sharedSuiteTitle } from "./_shared";

const { areas, memberships, organizations, people, posts } = dataset;

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => parse(readShared(`${REFERENCE_DIR}/${file}`), { columns: true, bom: true });

const identifierOf = (record: Person | Area, scheme: IdentifierScheme): string | undefined =>
  record.identifiers.find((identifier) => identifier.scheme === scheme)?.identifier;
const personNamed = (name: string): Person => {
  const person = people.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`no person named ${name}`);
  return person;
};
const areaWithGss = (gss: string): Area => {
  const area = areas.find((candidate) => identifierOf(candidate, "gss") === gss);
  if (!area) throw new Error(`no area with GSS code ${gss}`);
  return area;
};

describe.skipIf(!referenceAvailable)(
  sharedSuiteTitle("identifiers and places against the reference extracts", referenceAvailable, SKIP_NO_REFERENCE),
  () => {
    let mps: Row[];
    let speakers: Row[];
    let constituencies: Row[];
    let candidacyRows: Row[];
    let resultRows: Row[];
    let byElectionContests: Row[];
    let periods: Row[];

    beforeAll(() => {
      candidacyRows = readCsv("candidacies_ge2010_2024.csv");
      resultRows = [
        ...readCsv("results_2010_2024/general_election_candidacies.csv"),
        ...readCsv("results_2010_2024/by_election_candidacies.csv"),
        ...readCsv("results_2010_2024/notional_2019_on_2024_boundaries.csv"),
      ];
      byElectionContests = readCsv("results_2010_2024/by_election_contests.csv");
      periods = readCsv("results_2010_2024/parliament_periods.csv");
      mps = readCsv("scg_mps_2019.csv");
      speakers = readCsv("conference_speakers_2020.csv");
      constituencies = readCsv("ne_cumbria_constituencies_2010.csv");
    });

    it("gives each listed MP the reference's member id, TheyWorkForYou id and Wikidata QID", () => {
      expect(mps).toHaveLength(34);
      for (const row of mps) {
        const person = personNamed(row.name_as_listed ?? "");
        expect(identifierOf(person, "uk-parliament"), person.id).toBe(row.uk_parliament_member_id);
        expect(identifierOf(person, "theyworkforyou"), person.id).toBe(row.twfy_person_id);
        expect(identifierOf(person, "wikidata"), person.id).toBe(row.wikidata_qid);
      }
    });

    it("links the speakers the reference confirms, and leaves the rest unlinked", () => {
      for (const row of speakers) {
        const person = personNamed(row.name_as_listed ?? "");
        if (row.found_in_sources === "yes") {
          expect(identifierOf(person, "uk-parliament"), person.id).toBe(row.uk_parliament_member_id);
          expect(identifierOf(person, "theyworkforyou"), person.id).toBe(row.twfy_person_id);
          expect(identifierOf(person, "wikidata"), person.id).toBe(row.wikidata_qid);
        } else {
          expect(person.identifiers, `${person.id} (${row.found_in_sources})`).toEqual([]);
        }
      }
    });

    it("takes every identifier in the records from the reference, in its scheme's format", () => {
      const known = new Set(
        [...mps, ...speakers, ...constituencies, ...candidacyRows, ...resultRows, ...byElectionContests].flatMap(
          (row) => [
            `uk-parliament:${row.uk_parliament_member_id}`,
            `theyworkforyou:${row.twfy_person_id}`,
            `wikidata:${row.wikidata_qid}`,
            `wikidata:${row.constituency_wikidata_qid}`,
            `gss:${row.constituency_gss_code}`,
            `gss:${row.constituency_geographic_code}`,
            `gss:${row.constituency_gss}`,
            `uk-parliament-party:${row.main_party_mnis_id}`,
            `uk-parliament-party:${row.party_mnis_id}`,
            `electoral-commission:${row.main_party_electoral_commission_id}`,
            `electoral-commission:${row.party_electoral_commission_id}`,
            `electoral-commission:${row.adjunct_party_electoral_commission_id}`,
          ],
        ),
      );
      for (const row of periods) known.add(`wikidata:${row.parliament_wikidata_qid}`);
      const records = [...people, ...areas, ...organizations, ...dataset.events];
      const identifiers = records.flatMap((record) => record.identifiers ?? []);
      expect(identifiers.length).toBeGreaterThan(150);
      for (const { scheme, identifier } of identifiers) {
        expect(known.has(`${scheme}:${identifier}`), `${scheme}:${identifier}`).toBe(true);
        expect(identifier).toMatch(IDENTIFIER_SCHEMES[scheme].pattern);
      }
    });

    it("keeps the other spellings of names the sources use", () => {
      for (const row of mps) {
        const person = personNamed(row.name_as_listed ?? "");
        const names = [person.name, ...person.otherNames.map((other) => other.name)];
        for (const column of ["name_ge2019_official", "name_twfy_regmem", "name_democracyclub"]) {
          expect(names, `${person.id} ${column}`).toContain(row[column]);
        }
      }
    });

    it("seats each MP in the 2019 constituency the reference gives, until the dissolution", () => {
      for (const row of [...mps, ...speakers.filter((speaker) => speaker.name_as_listed !== "Laura Pidcock")]) {
        if (!row.constituency_gss_code || row.found_in_sources === "possible match only") continue;
        const person = personNamed(row.name_as_listed ?? "");
        const seat = memberships.find(
          (membership) =>
            membership.personId === person.id &&
            membership.organizationId === "house-of-commons" &&
            membership.legislativePeriodId === "parliament-58",
        );
        const post = posts.find((candidate) => candidate.id === seat?.postId);
        expect(post && identifierOf(areaWithGss(row.constituency_gss_code), "gss"), person.id).toBe(
          row.constituency_gss_code,
        );
        expect(areaWithGss(row.constituency_gss_code).id).toBe(post?.areaId);
        expect(seat?.startDate.slice(0, 7)).toBe((row.ge2019_polling_date || "2019-12-12").slice(0, 7));
        if (row.parliament58_dissolved_on) expect(seat?.endDate).toBe(row.parliament58_dissolved_on);
      }
    });

    it("seats Laura Pidcock in the constituency she won in 2017, until the dissolution the reference gives", () => {
      const row = speakers.find((speaker) => speaker.name_as_listed === "Laura Pidcock");
      const seats = memberships.filter(
        (membership) => membership.personId === "laura-pidcock" && membership.organizationId === "house-of-commons",
      );
      expect(seats).toHaveLength(1);
      const post = posts.find((candidate) => candidate.id === seats[0]?.postId);
      expect(post?.areaId).toBe(areaWithGss(row?.constituency_gss_code ?? "").id);
      expect(seats[0]?.startDate.slice(0, 7)).toBe("2017-06");
      // The 2017 results give Parliament 57's dissolution; the 2019 results list her as a sitting MP.
      expect(row?.source_notes).toContain(`dissolved ${seats[0]?.endDate}`);
      const end = seats[0]?.sources.filter((source) => source.fields?.includes("endDate")) ?? [];
      expect(end.some((source) => source.basis === "inferred" && source.reason)).toBe(true);
      expect(end.some((source) => source.basis === "stated")).toBe(true);
    });

    it("gives every 2010-2024 constituency the boundary dates of the results", () => {
      const boundaries = new Map(
        [
          ...constituencies.map((row) => [row.constituency_gss_code, row.boundary_set_start, row.boundary_set_end]),
          ...[...candidacyRows, ...resultRows]
            .filter((row) => row.constituency_geographic_code)
            .map((row) => [row.constituency_geographic_code, row.boundary_set_start_date, row.boundary_set_end_date]),
          // The by-election file gives no boundary dates: its constituencies are of the 2010 set by their codes.
          ...byElectionContests.map((row) => [row.constituency_gss, "2010-04-13", "2024-05-30"]),
        ].map(([gss, start, end]) => [gss, { start, end: end || "unknown" }]),
      );
      const constituencyAreas = areas.filter((area) => area.classification === "constituency");
      for (const area of constituencyAreas) {
        const expected = boundaries.get(identifierOf(area, "gss") ?? "");
        expect(expected, area.id).toBeDefined();
        expect({ start: area.startDate, end: area.endDate }, area.id).toEqual(expected);
      }
    });

    it("records the 33 NELL constituencies with the reference's codes, names and local authorities", () => {
      expect(constituencies).toHaveLength(33);
      for (const row of constituencies) {
        const area = areaWithGss(row.constituency_gss_code ?? "");
        expect(identifierOf(area, "wikidata"), area.id).toBe(row.constituency_wikidata_qid);
        expect([area.name, ...area.otherNames.map((other) => other.name)]).toContain(row.name_os_boundaryline);
        const shares = (row.la23_overlaps_by_pop ?? "").split("; ").map((part) => {
          const [code, ...rest] = part.split(" ");
          return { code, name: rest.slice(0, -1).join(" "), populationShare: Number(rest.at(-1)) };
        });
        expect(area.localAuthorities, area.id).toEqual(shares);
      }
    });

    it("places every NELL constituency in exactly one of the six regions, 33 in all", () => {
      const nell = organizations.find((organization) => organization.id === "nell");
      const regionIds = nell?.coverage?.regionIds ?? [];
      expect(regionIds).toHaveLength(6);
      const placed = areas.filter(
        (area) => area.parentId !== undefined && regionIds.includes(area.parentId) && area.startDate === "2010-04-13",
      );
      expect(placed).toHaveLength(nell?.coverage?.constituencyCount ?? 0);
      expect(new Set(placed.map((area) => identifierOf(area, "gss")))).toEqual(
        new Set(constituencies.map((row) => row.constituency_gss_code)),
      );
      for (const regionId of regionIds)
        expect(
          placed.some((area) => area.parentId === regionId),
          regionId,
        ).toBe(true);
    });

    it("marks each placement the article does not state as inferred, following the written rule", () => {
      const byAuthority: Record<string, string> = {
        Northumberland: "northumberland",
        "Newcastle upon Tyne": "north-of-tyne",
        "North Tyneside": "north-of-tyne",
        Gateshead: "south-of-tyne",
        "South Tyneside": "south-of-tyne",
        Sunderland: "south-of-tyne",
        "County Durham": "durham",
      };
      for (const row of constituencies.filter((candidate) => candidate.english_region === "North East")) {
        const area = areaWithGss(row.constituency_gss_code ?? "");
        const expected =
          row.combined_authority_of_main_la === "TVCA" ? "tees-valley" : byAuthority[row.main_la23_name ?? ""];
        expect(area.parentId, area.id).toBe(expected);
        const placement = area.sources.filter((source) => source.fields?.includes("parentId"));
        expect(placement.length, area.id).toBeGreaterThan(0);
        expect(
          placement.every((source) => source.basis === "inferred" && source.reason),
          area.id,
        ).toBe(true);
      }
      expect(
        dataset.areas
          .filter((area) => area.note?.startsWith("Straddles"))
          .map((area) => area.id)
          .sort(),
      ).toEqual(
        constituencies
          .filter((row) => row.la23_overlaps_by_pop?.includes(";"))
          .map((row) => areaWithGss(row.constituency_gss_code ?? "").id)
          .sort(),
      );
    });
  },
);
