import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@labour-left/data";
import { beforeAll, describe, expect, it } from "vitest";
import { packAndInstall } from "../../../vitest.pack.ts";
import { readTree } from "../../../vitest.read-tree";
import { makeTestDir } from "../../../vitest.temp-root";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const dataDir = join(packageDir, "data");
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
  version: string;
  license: string;
};
const EXPORTER_RECORD = ".labour-left-export.json";

let packedFiles: string[];
let consumerDir: string;

beforeAll(() => {
  ({ files: packedFiles, projectDir: consumerDir } = packAndInstall(packageDir, makeTestDir("exports-pack")));
});

describe("@labour-left/exports", () => {
  it("holds what the exporter writes today from the data of the same version, in every format", () => {
    const exporterDir = dirname(createRequire(import.meta.url).resolve("@labour-left/exporter/package.json"));
    const fresh = join(makeTestDir("exports"), "fresh");
    const result = spawnSync(process.execPath, [join(exporterDir, "bin.cjs"), "--out", fresh], { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    const expected = readTree(fresh);
    const published = readTree(dataDir);
    expect([...published.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, bytes] of expected) {
      if (path === EXPORTER_RECORD) continue;
      expect(published.get(path)?.equals(bytes), path).toBe(true);
    }
    const datasetFile = JSON.parse(readFileSync(join(dataDir, "dataset.json"), "utf8")) as { version: string };
    expect(datasetFile.version).toBe(dataset.version);
    expect(manifest.version).toBe(dataset.version);
  });

  it("ships every export with the licence, the attribution and the changelog, and not the exporter's record of its files", () => {
    const exported = [...readTree(dataDir).keys()].filter((path) => path !== EXPORTER_RECORD);
    expect(exported.length).toBeGreaterThan(50);
    expect(packedFiles.sort()).toEqual(
      [
        ...exported.map((path) => `data/${path}`),
        "package.json",
        "README.md",
        "LICENSE",
        "ATTRIBUTION.md",
        "CHANGELOG.md",
      ].sort(),
    );
  });

  it("installs, and gives its files by their package paths", () => {
    const script = [
      'const { readFileSync } = require("node:fs");',
      'const path = require.resolve("@labour-left/exports/data/dataset.json");',
      'const { version } = JSON.parse(readFileSync(path, "utf8"));',
      'const people = readFileSync(require.resolve("@labour-left/exports/data/csv/people.csv"), "utf8");',
      'console.log(JSON.stringify({ version, header: people.split("\\r\\n")[0] }));',
    ].join("\n");
    const printed = execFileSync(process.execPath, ["-e", script], { cwd: consumerDir, encoding: "utf8" });
    const header = readFileSync(join(dataDir, "csv", "people.csv"), "utf8").split("\r\n")[0];
    expect(JSON.parse(printed)).toEqual({ version: manifest.version, header });
  });

  it("is licensed as its data package says", () => {
    const datapackage = JSON.parse(readFileSync(join(dataDir, "datapackage.json"), "utf8")) as {
      licenses: { name: string }[];
    };
    expect(datapackage.licenses.map((license) => license.name)).toEqual([manifest.license]);
  });

  it("gives download addresses in its README that name files it ships, at its major version", () => {
    const readme = readFileSync(join(packageDir, "README.md"), "utf8");
    const major = manifest.version.split(".")[0];
    const addresses = [
      ...readme.matchAll(
        /https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/@labour-left\/exports@([^/]+)\/([^)`'\s]+)/g,
      ),
    ];
    expect(addresses.length).toBeGreaterThan(5);
    for (const [address, version, path] of addresses) {
      if (version === "<version>") continue;
      expect(version, address).toBe(major);
      expect(existsSync(join(packageDir, path as string)) && packedFiles.includes(path as string), address).toBe(true);
    }
  });

  it("is publint clean", () => {
    const publint = join(packageDir, "node_modules/.bin/publint");
    const result = spawnSync(publint, ["--strict", packageDir], { cwd: packageDir, encoding: "utf8" });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });
});
