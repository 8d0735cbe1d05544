import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canRunOtherNodes, nodeBinary, OTHER_NODE_VERSIONS, SKIP_OTHER_NODES } from "../../../bench/_node-binaries.mjs";
import { packAndInstall } from "../../../vitest.pack.ts";
import { dataset, membersOf } from "../src/index";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const consumerFixtures = fileURLToPath(new URL("./consumer/", import.meta.url));
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");

let workDir: string;
let tarball: string;
let packedFiles: string[];
let consumerDir: string;

const expectedOutput = {
  version: dataset.version,
  person: "Diane Abbott",
  members: membersOf("scg-mps").length,
  valid: true,
  schemaTitle: "Dataset",
};

function run(command: string, args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "labour-left-pack-"));
  ({ tarball, files: packedFiles, projectDir: consumerDir } = packAndInstall(packageDir, workDir));
  cpSync(consumerFixtures, consumerDir, { recursive: true });
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it("ships the builds, types and JSON Schema, and no tests or fixtures", () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        "dist/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/index.d.cts",
        "dist/schemas.js",
        "dist/schemas.cjs",
        "json-schema/dataset.json",
        "schemas/package.json",
        "package.json",
        "README.md",
        "LICENSE",
        "ATTRIBUTION.md",
      ]),
    );
    expect(packedFiles.filter((path) => /\.test(-d)?\.ts$|^test\/|__snapshots__/.test(path))).toEqual([]);
  });

  it("is publint clean", () => {
    const { status, output } = run(join(packageDir, "node_modules/.bin/publint"), ["--strict", packageDir], packageDir);
    expect(output).toContain("All good");
    expect(status).toBe(0);
  });

  it("resolves correctly in every module resolution mode (attw)", () => {
    const attw = join(packageDir, "node_modules/.bin/attw");
    const { status, output } = run(attw, [tarball, "--format", "table-flipped"], packageDir);
    expect(output, output).not.toMatch(/❌|🐛|⚠️|💀|🥴/u);
    expect(status, output).toBe(0);
  });

  it("imports with `import` and `require` on this Node", () => {
    for (const file of ["esm.mjs", "cjs.cjs"]) {
      const output = execFileSync(process.execPath, [file], { cwd: consumerDir, encoding: "utf8" });
      expect(JSON.parse(output), file).toEqual(expectedOutput);
    }
  });

  it.skipIf(!canRunOtherNodes).each(OTHER_NODE_VERSIONS)(
    `imports with \`import\` and \`require\` on Node %s${canRunOtherNodes ? "" : ` (${SKIP_OTHER_NODES})`}`,
    (version) => {
      const node = nodeBinary(version);
      expect(execFileSync(node, ["--version"], { encoding: "utf8" }).trim()).toBe(`v${version}`);
      for (const file of ["esm.mjs", "cjs.cjs"]) {
        const output = execFileSync(node, [file], { cwd: consumerDir, encoding: "utf8" });
        expect(JSON.parse(output), `${file} on ${version}`).toEqual(expectedOutput);
      }
    },
    300_000,
  );

  // Every resolution a consumer may use, with neither esModuleInterop nor skipLibCheck: our declarations must compile.
  const RESOLUTIONS = {
    node10: { module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "5.0" },
    node16: { module: "node16", moduleResolution: "node16" },
    nodenext: { module: "nodenext", moduleResolution: "nodenext" },
    bundler: { module: "esnext", moduleResolution: "bundler" },
  } as const;

  function typecheck(name: string, file: string, options: Record<string, unknown>): ReturnType<typeof run> {
    const config = {
      compilerOptions: { strict: true, noEmit: true, target: "es2022", skipLibCheck: false, types: [], ...options },
      files: [file],
    };
    writeFileSync(join(consumerDir, `tsconfig.${name}.json`), JSON.stringify(config));
    return run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], consumerDir);
  }

  it.each(Object.keys(RESOLUTIONS))(
    "typechecks a consumer of the records (moduleResolution %s), without esModuleInterop or skipLibCheck",
    (resolution) => {
      const options = { ...RESOLUTIONS[resolution as keyof typeof RESOLUTIONS], esModuleInterop: false };
      const { status, output } = typecheck(`records-${resolution}`, "records-consumer.ts", options);
      expect(output).toBe("");
      expect(status).toBe(0);
    },
  );

  it.each(Object.keys(RESOLUTIONS))(
    "answers five questions by chaining queries, under strict TypeScript with no casts (moduleResolution %s)",
    (resolution) => {
      const options = {
        ...RESOLUTIONS[resolution as keyof typeof RESOLUTIONS],
        esModuleInterop: false,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        lib: ["es2022", "dom"],
      };
      const { status, output } = typecheck(`questions-${resolution}`, "questions.ts", options);
      expect(output).toBe("");
      expect(status).toBe(0);
    },
  );

  it("runs the five questions' program, whose answers agree with the records", () => {
    const ts = require(require.resolve("typescript")) as typeof import("typescript");
    const source = readFileSync(join(consumerDir, "questions.ts"), "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(join(consumerDir, "questions.mjs"), outputText);
    const answers = JSON.parse(
      execFileSync(process.execPath, ["questions.mjs"], { cwd: consumerDir, encoding: "utf8" }),
    );
    const listed = membersOf("scg-mps").map(({ person }) => person.id);
    const in2024 = (id: string) =>
      dataset.candidacies.find((candidacy) => candidacy.personId === id && candidacy.electionDate === "2024-07-04");
    expect(answers.didNotStand).toEqual(listed.filter((id) => in2024(id) === undefined));
    expect(answers.lost).toEqual(listed.filter((id) => in2024(id)?.elected === false));
    expect(answers.holdsNow).toEqual(["jeremy-corbyn"]);
    expect(Object.values(answers.byRegion).flat()).toHaveLength(33);
    expect(Object.keys(answers.share2019)).toEqual(listed);
  });

  // zod's own declarations need the default interop under node16 and nodenext: the schemas entry brings them.
  it.each(["nodenext", "bundler"] as const)(
    "typechecks a consumer of the schemas too (moduleResolution %s)",
    (resolution) => {
      const { status, output } = typecheck(`schemas-${resolution}`, "consumer.ts", RESOLUTIONS[resolution]);
      expect(output).toBe("");
      expect(status).toBe(0);
    },
  );

  it("keeps zod out of the records entry's declarations", () => {
    const declarations = readFileSync(join(consumerDir, "node_modules/@labour-left/data/dist/index.d.ts"), "utf8");
    expect(declarations).not.toMatch(/from ["']zod["']/);
    // The id unions (about 1,800 candidacies and contests) are most of it; record literals would be megabytes.
    expect(declarations.length).toBeLessThan(200_000);
  });

  it("has the whole dataset as one JSON file, @labour-left/data/dataset.json", () => {
    const output = execFileSync(
      process.execPath,
      [
        "-e",
        `const whole = require("@labour-left/data/dataset.json"); const { dataset } = require("@labour-left/data");
         console.log(JSON.stringify({ same: JSON.stringify(whole) === JSON.stringify(dataset), version: whole.version }));`,
      ],
      { cwd: consumerDir, encoding: "utf8" },
    );
    expect(JSON.parse(output)).toEqual({ same: true, version: dataset.version });
  });

  it("hands out frozen records, and require still works", () => {
    const output = execFileSync(
      process.execPath,
      [
        "-e",
        `const { dataset, getPerson } = require("@labour-left/data");
         const people = dataset.people;
         let threw = false;
         try { (function () { "use strict"; people[0].name = "X"; })(); } catch { threw = true; }
         console.log(JSON.stringify({ threw, frozen: Object.isFrozen(people[0].identifiers), name: getPerson(people[0].id).name, same: dataset.people === people }));`,
      ],
      { cwd: consumerDir, encoding: "utf8" },
    );
    expect(JSON.parse(output)).toMatchObject({ threw: true, frozen: true, same: true });
    expect(JSON.parse(output).name).not.toBe("X");
  });

  it("imports as an ES module where Node has process.getBuiltinModule and where it has not (before 20.16)", () => {
    const program = `const { dataset, getPerson } = await import("@labour-left/data");
      console.log(JSON.stringify({ people: dataset.people.length, name: getPerson("diane-abbott").name }));`;
    const run = (prelude: string) =>
      JSON.parse(
        execFileSync(process.execPath, ["--input-type=module", "-e", `${prelude}${program}`], {
          cwd: consumerDir,
          encoding: "utf8",
        }),
      );
    const expected = { people: dataset.people.length, name: "Diane Abbott" };
    expect(run("")).toEqual(expected);
    expect(run("delete process.getBuiltinModule;")).toEqual(expected);
  });

  it("keeps zod out of the records entry, and the records out of its code and of the schemas entry", () => {
    const dist = join(consumerDir, "node_modules/@labour-left/data/dist");
    const records = readFileSync(join(dist, "index.js"), "utf8");
    const schemas = readFileSync(join(dist, "schemas.js"), "utf8");
    expect(records).not.toMatch(/from ["']zod["']/);
    expect(schemas).not.toContain("Trade Union recognition");
    // Node reads each record file the first time a collection needs it; bundlers get them inside bundled.js.
    expect(records).not.toContain("Trade Union recognition");
    expect(readFileSync(join(dist, "records/statements.json"), "utf8")).toContain("Trade Union recognition");
    expect(readFileSync(join(dist, "bundled.js"), "utf8")).toContain("Trade Union recognition");
  });

  it("reads no record on import, and only the files of the collections a program asks for", () => {
    const output = execFileSync(
      process.execPath,
      [
        "-e",
        `const fs = require("node:fs");
         const path = require("node:path");
         const read = [];
         const original = fs.readFileSync;
         fs.readFileSync = (file, ...rest) => { read.push(String(file)); return original(file, ...rest); };
         const { getOrganization, getPerson } = require("@labour-left/data");
         const records = () => read.filter((file) => path.basename(path.dirname(file)) === "records").map((file) => path.basename(file));
         const before = records().length;
         const person = getPerson("diane-abbott");
         const afterPerson = records();
         const group = getOrganization("scg-mps");
         const afterGroup = records();
         getOrganization("brexit-party");
         console.log(JSON.stringify({ before, afterPerson, afterGroup, afterParty: records(), speech: Boolean(person.maidenSpeech), group: group.name }));`,
      ],
      { cwd: consumerDir, encoding: "utf8" },
    );
    // A person comes with their maiden speech from one file; a group by id is found before the parties are read.
    expect(JSON.parse(output)).toEqual({
      before: 0,
      afterPerson: ["people.json"],
      afterGroup: ["people.json", "organizations.json"],
      afterParty: ["people.json", "organizations.json", "parties.json"],
      speech: true,
      group: "Socialist Campaign Group of Labour MPs",
    });
  });

  it("bundles into one file that needs nothing beside it (the module condition)", () => {
    const bundle = join(workDir, "bundle.mjs");
    const esbuild = require.resolve("esbuild");
    const entry = join(consumerDir, "bundle-entry.mjs");
    writeFileSync(
      entry,
      `import { getPerson, resultOf } from "@labour-left/data";\nconsole.log(JSON.stringify([getPerson("diane-abbott")?.name, resultOf("ge2019-easington")?.candidacies.length]));\n`,
    );
    const { build } = require(esbuild) as typeof import("esbuild");
    return build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile: bundle }).then(() => {
      const output = execFileSync(process.execPath, [bundle], { cwd: workDir, encoding: "utf8" });
      expect(JSON.parse(output)).toEqual(["Diane Abbott", 5]);
    });
  });
});
