import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, runBin } from "./_run";

// datapackage-js, the Frictionless project's own JavaScript implementation: independent of our exporter and tests.
interface FrictionlessResource {
  readonly name: string;
  read(options: { keyed: boolean; relations: boolean; cast: boolean }): Promise<unknown[]>;
}
interface FrictionlessPackage {
  readonly valid: boolean;
  readonly errors: readonly { message: string }[];
  readonly resources: readonly FrictionlessResource[];
  readonly descriptor: { resources: { encoding?: string; description?: string }[] };
}
const { Package } = createRequire(import.meta.url)("datapackage") as {
  Package: { load(path: string, options: { basePath: string; strict: boolean }): Promise<FrictionlessPackage> };
};

describe("datapackage.json, read by an independent Frictionless implementation (datapackage-js)", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir("frictionless");
    expect(runBin(["--out", join(dir, "plain"), "--format", "csv"]).status).toBe(0);
    expect(runBin(["--out", join(dir, "bom"), "--format", "csv", "--bom"]).status).toBe(0);
    expect(runBin(["--out", join(dir, "all")]).status).toBe(0);
  });

  it("is a valid tabular data package, and every resource reads back with its foreign keys resolved", async () => {
    const dataPackage = await Package.load(join(dir, "plain", "datapackage.json"), {
      basePath: join(dir, "plain"),
      strict: true,
    });
    expect(dataPackage.errors.map((error) => error.message)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    expect(dataPackage.resources.length).toBeGreaterThan(15);
    for (const resource of dataPackage.resources) {
      // `relations: true` resolves every foreign key against the resource it names, and fails on a dangling one.
      const rows = await resource.read({ keyed: true, relations: true, cast: true });
      expect(Array.isArray(rows), resource.name).toBe(true);
    }
  });

  it("lists the export's other files too, as a data package (a tabular one may list only tables)", async () => {
    const all = await Package.load(join(dir, "all", "datapackage.json"), { basePath: join(dir, "all"), strict: true });
    expect(all.errors.map((error) => error.message)).toEqual([]);
    expect(all.valid).toBe(true);
    const descriptor = all.descriptor as unknown as {
      profile: string;
      resources: { name: string; path: string; format: string }[];
    };
    expect(descriptor.profile).toBe("data-package");
    const formats = new Map(descriptor.resources.map((resource) => [resource.path, resource.format]));
    expect(formats.get("areas.geojson")).toBe("geojson");
    expect(formats.get("labour-left.db")).toBe("sqlite");
    expect(formats.get("parquet/candidacies.parquet")).toBe("parquet");
    for (const resource of all.resources.filter(
      (candidate) => (candidate as unknown as { tabular: boolean }).tabular,
    )) {
      const rows = await resource.read({ keyed: true, relations: true, cast: true });
      expect(Array.isArray(rows), resource.name).toBe(true);
    }
  });

  it("states the formula guard's read-back rule, and the encoding a byte order mark needs", async () => {
    const plain = await Package.load(join(dir, "plain", "datapackage.json"), {
      basePath: join(dir, "plain"),
      strict: false,
    });
    const withBom = await Package.load(join(dir, "bom", "datapackage.json"), {
      basePath: join(dir, "bom"),
      strict: false,
    });
    expect(withBom.valid).toBe(true);
    expect((plain.descriptor as { licenses?: { name: string }[] }).licenses?.map((license) => license.name)).toEqual([
      "CC-BY-4.0",
    ]);
    for (const resource of plain.descriptor.resources) {
      expect(resource.encoding).toBe("utf-8");
      expect(resource.description).toContain("drop one leading ' from any text cell that begins with '");
    }
    for (const resource of withBom.descriptor.resources) expect(resource.encoding).toBe("utf-8-sig");
  });
});
