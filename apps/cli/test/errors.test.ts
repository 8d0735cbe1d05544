import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@labour-left/data";
import { describe, expect, it } from "vitest";
import { binPath, json, labourLeft, makeTempDir } from "./_run";

const hasScript = spawnSync("script", ["--version"]).status === 0;

describe("labour-left, errors and behaviour", () => {
  it("names the closest matches for an unknown id, in one line, exit 1", () => {
    const result = labourLeft(["person", "dianne-abbot"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("labour-left: no person 'dianne-abbot'; did you mean 'diane-abbott' (Diane Abbott)?\n");
    expect(labourLeft(["group", "scg-mpz"]).stderr).toBe(
      "labour-left: no group 'scg-mpz'; did you mean 'scg-mps' (Socialist Campaign Group of Labour MPs)?\n",
    );
    expect(labourLeft(["event", "nope"]).stderr).toBe("labour-left: no event 'nope'\n");
  });

  it("finds a person or a place by any identifier or a part of a name, and lists the candidates when several match", () => {
    const byQid = json(["person", "q153454"]) as { id: string };
    expect(byQid.id).toBe("diane-abbott");
    const memberId = dataset.people
      .find((person) => person.id === "diane-abbott")
      ?.identifiers.find((identifier) => identifier.scheme === "uk-parliament")?.identifier;
    expect((json(["person", memberId ?? ""]) as { id: string }).id).toBe("diane-abbott");
    expect((json(["person", "abbott"]) as { id: string }).id).toBe("diane-abbott");
    expect((json(["place", "e14000641"]) as { id: string }).id).toBe("city-of-durham");
    const several = labourLeft(["person", "kate"]);
    expect(several.status).toBe(1);
    expect(several.stderr).toMatch(
      /^labour-left: 'kate' names 2 people: 'kate-osamor' \(Kate Osamor\) or 'kate-osborne'/,
    );
  });

  it("prints errors as a JSON object on stderr with --json, with the same exit codes", () => {
    const missing = labourLeft(["person", "nobody-at-all", "--json"]);
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ error: { message: "no person 'nobody-at-all'", exitCode: 1 } });
    const usage = labourLeft(["members", "--json"]);
    expect(usage.status).toBe(2);
    expect(JSON.parse(usage.stderr)).toMatchObject({ error: { message: "missing <group>", exitCode: 2 } });
    const exportUsage = labourLeft(["export", "--format", "xls", "--json"]);
    expect(exportUsage.status).toBe(2);
    expect(JSON.parse(exportUsage.stderr).error.message).toContain("'xls' is not a format");
  });

  it("speaks as labour-left export, with the usual prefix and usage on wrong usage", () => {
    const result = labourLeft(["export", "--format", "xls"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^labour-left export: 'xls' is not a format/);
    expect(result.stderr).toContain("Usage: labour-left export [options]");
    expect(result.stderr).not.toContain("labour-left-export");
    expect(labourLeft(["help", "nonsense"]).status).toBe(2);
    expect(labourLeft(["validate", "--help"]).stdout).not.toContain("--format");
    expect(labourLeft(["members", "--help"]).stdout).toContain("--format");
  });

  it("prints the usage and exits 2 on wrong usage", () => {
    for (const args of [
      ["members"],
      ["members", "scg-mps", "--on", "2020-13"],
      ["frobnicate"],
      ["groups", "--format", "xml"],
      ["statements", "--kind", "pledge"],
    ]) {
      const result = labourLeft(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toContain("Usage: labour-left");
      expect(result.stdout).toBe("");
    }
  });

  it("prints a stack trace only with --debug", () => {
    const dir = makeTempDir("debug");
    writeFileSync(join(dir, "not-a-dataset.json"), "[]");
    const plain = labourLeft(["diff", join(dir, "not-a-dataset.json"), join(dir, "not-a-dataset.json")]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = labourLeft(["diff", join(dir, "not-a-dataset.json"), join(dir, "not-a-dataset.json"), "--debug"]);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it("validates a file: exit 0 when valid, 1 with every problem and its path when not", () => {
    const dir = makeTempDir("validate");
    writeFileSync(join(dir, "good.json"), JSON.stringify(dataset));
    expect(labourLeft(["validate", join(dir, "good.json")])).toMatchObject({
      status: 0,
      stdout: `${join(dir, "good.json")}: valid\n`,
    });
    const broken = structuredClone(dataset);
    (broken.memberships[0] as { personId: string }).personId = "nobody";
    writeFileSync(join(dir, "bad.json"), JSON.stringify(broken));
    const result = labourLeft(["validate", join(dir, "bad.json")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`memberships[0].personId: no record 'nobody' in people (received "nobody")`);
    const asJson = JSON.parse(labourLeft(["validate", join(dir, "bad.json"), "--json"]).stdout) as {
      valid: boolean;
      issues: unknown[];
    };
    expect(asJson).toMatchObject({ valid: false, issues: [{ path: ["memberships", 0, "personId"] }] });
  });

  it("names the file, line and column of malformed JSON and of an unreadable file", () => {
    const dir = makeTempDir("malformed");
    writeFileSync(join(dir, "broken.json"), '{\n  "people": [1,,2]\n}');
    const result = labourLeft(["validate", join(dir, "broken.json")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`labour-left: ${join(dir, "broken.json")}:2:16: not valid JSON: value expected\n`);
    expect(labourLeft(["validate", join(dir, "missing.json")]).stderr).toMatch(
      /^labour-left: cannot read .*missing\.json: ENOENT/,
    );
  });

  it("diffs two versions: records added, removed and changed, with the changed fields", () => {
    const dir = makeTempDir("diff");
    const next = {
      ...dataset,
      version: "0.2.0",
      people: dataset.people.map((person, at) => (at === 0 ? { ...person, name: "Renamed" } : person)),
      errata: dataset.errata.map((erratum) => ({ ...erratum, id: "new-erratum" })),
    };
    writeFileSync(join(dir, "old.json"), JSON.stringify(dataset));
    writeFileSync(join(dir, "new.json"), JSON.stringify(next));
    const result = JSON.parse(labourLeft(["diff", join(dir, "old.json"), join(dir, "new.json"), "--json"]).stdout) as {
      changes: unknown[];
    };
    expect(result.changes).toEqual([
      { collection: "people", id: "diane-abbott", change: "changed", fields: ["name"] },
      { collection: "errata", id: "new-erratum", change: "added", fields: [] },
      { collection: "errata", id: "laura-pidcock-former-constituency", change: "removed", fields: [] },
    ]);
  });

  it("validates both files before it diffs them, and reports their problems as validate does", () => {
    const dir = makeTempDir("diff-invalid");
    const broken = structuredClone(dataset) as unknown as { people: unknown[] };
    broken.people.push(structuredClone(broken.people[0]), "not a record");
    writeFileSync(join(dir, "good.json"), JSON.stringify(dataset));
    writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));
    const result = labourLeft(["diff", join(dir, "good.json"), join(dir, "broken.json")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${join(dir, "broken.json")} is not a valid dataset (2 problems); nothing was compared`,
    );
    expect(result.stderr).toContain(`people[${dataset.people.length}].id: duplicate id`);
    expect(result.stderr).toContain(`people[${dataset.people.length + 1}]: expected an object`);
  });

  it("uses colour only on a terminal and never with NO_COLOR; piped output is plain", () => {
    expect(labourLeft(["groups"]).stdout).not.toContain("\u001b[");
    expect(labourLeft(["groups"], { NO_COLOR: "1" }).stdout).not.toContain("\u001b[");
  });

  it.skipIf(!hasScript)(
    `colours the header on a terminal${hasScript ? "" : " (skipped: util-linux 'script' is not installed)"}`,
    () => {
      // `script` runs the command on a pseudo-terminal, as a person at a terminal would.
      const onTerminal = (env: Record<string, string>) =>
        spawnSync("script", ["-qec", `"${process.execPath}" "${binPath}" groups`, "/dev/null"], {
          encoding: "utf8",
          env: { ...process.env, ...env },
        }).stdout;
      expect(onTerminal({})).toContain("\u001b[1mid");
      expect(onTerminal({ NO_COLOR: "1" })).not.toContain("\u001b[");
    },
  );

  it("has --help with an example on every command", () => {
    const commands = [
      "groups",
      "group",
      "members",
      "person",
      "places",
      "place",
      "statements",
      "events",
      "event",
      "sources",
      "errata",
      "search",
      "validate",
      "diff",
    ];
    const top = labourLeft(["--help"]);
    expect(top.status).toBe(0);
    for (const command of commands) {
      expect(top.stdout).toContain(`  ${command}`);
      const help = labourLeft([command, "--help"]);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`Example:\\n  labour-left ${command}`));
    }
  });

  it("runs the exporter with its options", () => {
    const out = join(makeTempDir("export"), "out");
    const result = labourLeft(["export", "--out", out, "--format", "popolo"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("popolo.json");
    expect(labourLeft(["export", "--format", "xml"]).status).toBe(2);
  });
});
