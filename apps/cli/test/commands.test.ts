import { dataset, membersOf } from "@labour-left/data";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { version as cliVersion } from "../package.json";
import { json, labourLeft } from "./_run";

describe("labour-left, read-only commands", () => {
  it("lists the groups", () => {
    const groups = json(["groups"]) as { id: string; members: number }[];
    expect(groups.map((group) => group.id)).toEqual(dataset.organizations.map((organization) => organization.id));
    expect(groups.find((group) => group.id === "scg-mps")?.members).toBe(membersOf("scg-mps").length);
    const table = labourLeft(["groups"]).stdout.split("\n");
    expect(table[0]).toMatch(/^id\s+name\s+classification\s+scope\s+members$/);
  });

  it("shows a group's statements by kind with their source locators", () => {
    const group = json(["group", "scg-councillors"]) as { statements: { kind: string; text: string }[] };
    // Its own words, then the article's words about it.
    expect(group.statements.map((statement) => statement.text)).toEqual([
      ...dataset.statements
        .filter((statement) => statement.authorOrganizationId === "scg-councillors")
        .map((statement) => statement.text),
      ...dataset.statements
        .filter((statement) => statement.aboutOrganizationIds?.includes("scg-councillors"))
        .map((statement) => statement.text),
    ]);
    const text = labourLeft(["group", "nell"]).stdout;
    expect(text).toContain("priority statements");
    expect(text).toContain("Northern England Labour Left, paragraph 3, bullet 1");
    expect(labourLeft(["group", "scg-mps"]).stdout).toContain(
      "campaign-description statements (the article's words about the group)",
    );
  });

  it("lists candidacies with the party stood for on each polling day", () => {
    const corbyn = json(["candidacies", "--person", "Jeremy Corbyn"]) as {
      electionDate: string;
      independent: boolean;
    }[];
    expect(corbyn).toEqual(dataset.candidacies.filter((candidacy) => candidacy.personId === "jeremy-corbyn"));
    expect(corbyn.find((candidacy) => candidacy.electionDate === "2024-07-04")?.independent).toBe(true);
    const person = labourLeft(["person", "jeremy-corbyn"]).stdout;
    expect(person).toContain("candidacies, general elections and by-elections");
    expect(person).toMatch(/2024-07-04 +Islington North +E14001305 +independent/);
    const atOneElection = json(["candidacies", "--election", "2015-05-07"]) as { electionDate: string }[];
    expect(atOneElection.length).toBe(
      dataset.candidacies.filter((candidacy) => candidacy.electionDate === "2015-05-07").length,
    );
    const wrongDate = labourLeft(["candidacies", "--election", "2024"]);
    expect(wrongDate.status).toBe(2);
    expect(wrongDate.stderr).toContain("--election expects a polling day as YYYY-MM-DD; received '2024'");
  });

  it("lists members, on a date, as a table, JSON or CSV", () => {
    expect((json(["members", "scg-mps", "--on", "2020-09-21"]) as unknown[]).length).toBe(34);
    expect(json(["members", "scg-mps", "--on", "2023"])).toEqual([]);
    const csv = parse(labourLeft(["members", "scg-mps", "--format", "csv"]).stdout, { columns: true }) as Record<
      string,
      string
    >[];
    expect(csv.map((row) => row.name)).toEqual(membersOf("scg-mps").map((member) => member.person.name));
  });

  it("finds a person by id or by any of their names, with identifiers and roles", () => {
    const byName = json(["person", "Navendu Mishra"]) as { id: string; identifiers: { scheme: string }[] };
    expect(byName.id).toBe("nav-mishra");
    expect(byName.identifiers.map((identifier) => identifier.scheme)).toEqual([
      "uk-parliament",
      "theyworkforyou",
      "wikidata",
    ]);
    const pidcock = json(["person", "laura-pidcock"]) as { roles: { introducedAs: string }[] };
    expect(pidcock.roles.map((role) => role.introducedAs)).toEqual(["ex SW Durham MP"]);
  });

  it("lists places by region and finds a place by id, name or GSS code", () => {
    const durham = json(["places", "--region", "durham"]) as { id: string }[];
    expect(durham.map((place) => place.id)).toEqual(
      dataset.areas.filter((area) => area.parentId === "durham").map((area) => area.id),
    );
    for (const typed of ["city-of-durham", "City of Durham", "city of durham", "E14000641"]) {
      expect((json(["place", typed]) as { id: string }).id, typed).toBe("city-of-durham");
    }
    expect(
      (json(["place", "E14000641"]) as { representatives: { person: { id: string } }[] }).representatives.map(
        (r) => r.person.id,
      ),
    ).toEqual(["mary-foy"]);
  });

  it("filters statements by group, kind and topic", () => {
    const rights = json(["statements", "--group", "scg-mps", "--kind", "right"]) as { id: string }[];
    expect(rights).toHaveLength(7);
    expect((json(["statements", "--topic", "housing"]) as { id: string }[]).map((statement) => statement.id)).toEqual([
      "scg-mps-right-4",
    ]);
  });

  it("shows events, an event's speakers, the sources and the errata", () => {
    expect((json(["events"]) as { id: string }[]).map((event) => event.id)).toEqual(
      dataset.events.map((event) => event.id),
    );
    expect(labourLeft(["event", "parliament-58"]).stdout).toContain("2024-05-30");
    expect(labourLeft(["event", "nell-inaugural-agm-2020"]).stdout).toContain("Deputy Leader of Gateshead Council");
    expect((json(["sources"]) as unknown[]).length).toBe(dataset.sources.length);
    expect(labourLeft(["errata"]).stdout).toContain("ex SW Durham MP");
  });

  it("searches people, groups, places and statements, forgiving case, accents and small typos", () => {
    const ids = (text: string): string[] => (json(["search", text]) as { id: string }[]).map((hit) => hit.id);
    expect(ids("Corbin")).toContain("jeremy-corbyn");
    expect(ids("DIÂNE")).toEqual(["diane-abbott"]);
    expect(ids("penrith & the border")).toEqual(["penrith-and-the-border"]);
    expect(ids("green new deal")).toEqual(["nell-priority-2"]);
    expect(ids("zzzzqqq")).toEqual([]);
  });

  it("prints the CLI's and the data's versions", () => {
    const { stdout, status } = labourLeft(["--version"]);
    expect(status).toBe(0);
    expect(stdout).toBe(`labour-left ${cliVersion}\n@labour-left/data ${dataset.version}\n`);
  });
});
