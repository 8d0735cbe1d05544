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
    const wrongDate = labourLeft(["candidacies", "--election", "24"]);
    expect(wrongDate.status).toBe(2);
    expect(wrongDate.stderr).toContain("--election expects a year (2024) or a polling day (2024-07-04); received '24'");
  });

  it("takes an election by its year, and a group's members by the group's id or name", () => {
    const in2024 = json(["candidacies", "--election", "2024"]) as { electionDate: string }[];
    expect(in2024.length).toBe(dataset.candidacies.filter((each) => each.electionDate.startsWith("2024")).length);
    const members = new Set(membersOf("scg-mps").map(({ person }) => person.id));
    const expected = dataset.candidacies.filter(
      (each) => each.electionDate.startsWith("2024") && each.personId !== undefined && members.has(each.personId),
    );
    for (const group of ["scg-mps", "Socialist Campaign Group of Labour MPs"]) {
      const found = json(["candidacies", "--group", group, "--election", "2024"]) as { id: string }[];
      expect(
        found.map((each) => each.id),
        group,
      ).toEqual(expected.map((each) => each.id));
    }
  });

  it("prints a constituency's whole result: every candidate, summing to the valid votes, with turnout and majority", () => {
    const result = json(["results", "Easington", "--election", "2019"]) as {
      contest: { id: string; validVotes: number; majority: number; turnout: number };
      candidacies: { votes: number; position: number; name: string }[];
    };
    expect(result.contest.id).toBe("ge2019-easington");
    const expected = dataset.candidacies.filter((each) => each.contestId === "ge2019-easington");
    expect(result.candidacies.map((each) => each.name)).toEqual(
      [...expected].sort((a, b) => a.position - b.position).map((each) => each.name),
    );
    expect(result.candidacies.reduce((sum, each) => sum + each.votes, 0)).toBe(result.contest.validVotes);
    const text = labourLeft(["results", "Easington", "--election", "2019"]);
    expect(text.stdout).toMatch(/turnout \d+\.\d% \(valid votes \/ electorate, computed\)/);
    expect(text.stdout).toContain(`majority ${result.contest.majority}`);
    expect(text.stdout).toMatch(/Clare Ambrosino +Conservative +9142 +26\.4% +\+3\.7 pts/);
    // Numbers stay numbers in CSV: a share is 0.26435, not "26.4%".
    const csv = parse(labourLeft(["results", "Easington", "--election", "2019", "--format", "csv"]).stdout, {
      columns: true,
    }) as Record<string, string>[];
    const second = expected.find((each) => each.position === 2);
    expect(csv[1]?.share).toBe(String(second?.voteShare));
    expect(Number(csv[1]?.votes)).toBe(second?.votes);
    const missing = labourLeft(["results", "Easington", "--election", "2012"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("the data has 2010-05-06, 2015-05-07, 2017-06-08, 2019-12-12");
  });

  it("tells apart two constituencies of one name: the one in force that day, with a note on stderr", () => {
    const now = labourLeft(["place", "Islington North", "--json"]);
    expect((JSON.parse(now.stdout) as { id: string }).id).toBe("islington-north-2024");
    expect(now.stderr).toContain("'Islington North' names 2 constituencies");
    expect(now.stderr).toContain("'islington-north' (Islington North, 2010–2024)");
    const stood = labourLeft(["candidacies", "--place", "Islington North", "--election", "2024-07-04", "--json"]);
    expect((JSON.parse(stood.stdout) as { personId?: string }[])[0]?.personId).toBe("jeremy-corbyn");
    const before = json(["results", "Islington North", "--election", "2019"]) as { contest: { areaId: string } };
    expect(before.contest.areaId).toBe("islington-north");
    const search = labourLeft(["search", "islington north"]).stdout;
    expect(search).toMatch(/islington-north +Islington North +2010–2024/);
    expect(search).toMatch(/islington-north-2024 +Islington North +2024–/);
    const page = labourLeft(["place", "islington-north-2024"]).stdout;
    expect(page).toContain("no end in the sources");
    expect(page).toContain("same name, other boundaries: 'islington-north'");
  });

  it("finds a group by a part of its name, or names every group it could be, and suggests near misses", () => {
    expect((json(["group", "Northern England"]) as { id: string }).id).toBe("nell");
    const two = labourLeft(["members", "scg"]);
    expect(two.status).toBe(1);
    expect(two.stderr).toContain("'scg' names 2 groups: 'scg-mps'");
    expect(two.stderr).toContain("'scg-councillors'");
    const near = labourLeft(["person", "mcdonel"]);
    expect(near.stderr).toContain("did you mean");
    expect(near.stderr).toContain("'john-mcdonnell'");
  });

  it("writes a large answer whole into a pipe (megabytes of JSON), and exits 0", () => {
    const all = json(["candidacies"]) as unknown[];
    expect(all).toHaveLength(dataset.candidacies.length);
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
    const durham = json(["places", "--region", "durham"]) as { id: string; years?: string }[];
    expect(durham.map((place) => place.id)).toEqual(
      dataset.areas.filter((area) => area.parentId === "durham").map((area) => area.id),
    );
    for (const typed of ["city-of-durham", "E14000641"]) {
      expect((json(["place", typed]) as { id: string }).id, typed).toBe("city-of-durham");
    }
    // By name, the constituency of that name in force today.
    for (const typed of ["City of Durham", "city of durham", "E14001173"]) {
      expect((json(["place", typed]) as { id: string }).id, typed).toBe("city-of-durham-2024");
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
