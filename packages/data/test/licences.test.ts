import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { version } from "../package.json";
import { dataset } from "../src/index";

const { sources } = dataset;

const root = new URL("../../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
/** Each published package, and its licence: code and data under both, the exports (data alone) under CC BY 4.0. */
const PACKAGES: Record<string, string> = {
  "packages/data": "(MIT AND CC-BY-4.0)",
  "packages/exports": "CC-BY-4.0",
  "apps/exporter": "(MIT AND CC-BY-4.0)",
  "apps/cli": "(MIT AND CC-BY-4.0)",
};

describe("licences, attribution and citation", () => {
  it("ships the licence and the attribution, as the repository has them, and a changelog of its version, in every published package", () => {
    for (const [dir, license] of Object.entries(PACKAGES)) {
      expect(read(`${dir}/LICENSE`), dir).toBe(read("LICENSE"));
      expect(read(`${dir}/ATTRIBUTION.md`), dir).toBe(read("ATTRIBUTION.md"));
      const manifest = JSON.parse(read(`${dir}/package.json`)) as { license: string; files: string[] };
      expect(manifest.license, dir).toBe(license);
      expect(manifest.files, dir).toEqual(expect.arrayContaining(["LICENSE", "ATTRIBUTION.md", "CHANGELOG.md"]));
      expect(read(`${dir}/CHANGELOG.md`), dir).toContain(`## ${JSON.parse(read(`${dir}/package.json`)).version}`);
    }
    expect(read("LICENSE")).toContain("MIT License");
    expect(read("LICENSE")).toContain("CC BY 4.0");
  });

  it("names every source the records cite, with the copy it came from, in ATTRIBUTION.md", () => {
    const attribution = read("ATTRIBUTION.md");
    for (const source of sources) {
      const repository = source.copyUsed?.split(",")[0];
      expect(attribution, source.id).toContain(repository ?? source.publisher);
      if (source.license?.startsWith("CC-BY-4.0")) expect(attribution, source.id).toContain("CC BY 4.0");
    }
  });

  it("has a CITATION.cff (CFF 1.2.0) for this version, under the data's licence", () => {
    const citation = read("CITATION.cff");
    expect(citation).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(citation).toMatch(/^type: dataset$/m);
    expect(citation).toContain(`version: "${version}"`);
    expect(citation).toMatch(/^license: CC-BY-4\.0$/m);
    expect(read("README.md")).toContain(`version ${version}`);
  });
});
