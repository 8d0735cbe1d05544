import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { npmEnv } from "../../../vitest.npm-env.ts";
import { dataset, membersOf } from "../src/index";
import { canRunOtherNodes, nodeBinary, OTHER_NODE_VERSIONS, SKIP_OTHER_NODES } from "./_node-binaries";

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
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", workDir], {
      env: npmEnv(),
      cwd: packageDir,
      encoding: "utf8",
    }),
  ) as { filename: string; files: { path: string }[] }[];
  if (!packed) throw new Error("npm pack printed nothing");
  tarball = join(workDir, packed.filename);
  packedFiles = packed.files.map((file) => file.path);

  consumerDir = join(workDir, "consumer");
  mkdirSync(consumerDir);
  writeFileSync(join(consumerDir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", tarball], {
    env: npmEnv(),
    cwd: consumerDir,
    stdio: "pipe",
  });
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

  it.each(["nodenext", "bundler"])("typechecks a TypeScript consumer (moduleResolution %s)", (resolution) => {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "es2022",
        skipLibCheck: false,
        module: resolution === "bundler" ? "esnext" : "nodenext",
        moduleResolution: resolution,
        types: [],
      },
      files: ["consumer.ts"],
    };
    const configFile = `tsconfig.${resolution}.json`;
    writeFileSync(join(consumerDir, configFile), JSON.stringify(config));
    const { status, output } = run(process.execPath, [tsc, "-p", configFile], consumerDir);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("keeps zod out of the records entry and the records out of the schemas entry", () => {
    const records = readFileSync(join(consumerDir, "node_modules/@labour-left/data/dist/index.js"), "utf8");
    const schemas = readFileSync(join(consumerDir, "node_modules/@labour-left/data/dist/schemas.js"), "utf8");
    expect(records).not.toMatch(/from ["']zod["']/);
    expect(schemas).not.toContain("Trade Union recognition");
    expect(records).toContain("Trade Union recognition");
  });
});
