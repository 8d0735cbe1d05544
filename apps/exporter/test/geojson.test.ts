import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@labour-left/data";
import { check } from "@placemarkio/check-geojson";
import { booleanClockwise } from "@turf/boolean-clockwise";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, readExport, runBin } from "./_run";

interface Feature {
  id: string;
  properties: Record<string, string | null>;
  geometry: { type: string; coordinates: [number, number][][][] };
}

describe("areas.geojson, checked by independent GeoJSON tools", () => {
  let dir: string;
  let collection: { type: string; attribution: string; features: Feature[] };
  beforeAll(() => {
    dir = makeTempDir("geojson");
    for (const out of ["a", "b"]) expect(runBin(["--out", join(dir, out), "--format", "geojson"]).status).toBe(0);
    collection = JSON.parse(readFileSync(join(dir, "a", "areas.geojson"), "utf8"));
  });

  it("is valid RFC 7946 GeoJSON (@placemarkio/check-geojson), the same bytes on every run", () => {
    expect(() => check(readFileSync(join(dir, "a", "areas.geojson"), "utf8"))).not.toThrow();
    expect(readExport(join(dir, "a"))).toEqual(readExport(join(dir, "b")));
  });

  it("follows the right-hand rule: exterior rings counterclockwise, holes clockwise (@turf/boolean-clockwise)", () => {
    for (const feature of collection.features) {
      for (const polygon of feature.geometry.coordinates) {
        polygon.forEach((ring, index) => expect(booleanClockwise(ring), `${feature.id} ring ${index}`).toBe(index > 0));
      }
    }
  });

  it("has a feature for every constituency, with its id, name, GSS code, region and the boundaries' attribution", () => {
    const constituencies = dataset.areas.filter((area) => area.classification === "constituency");
    expect(collection.features.map((feature) => feature.id).sort()).toEqual(
      constituencies.map((area) => area.id).sort(),
    );
    for (const feature of collection.features) {
      const area = constituencies.find((candidate) => candidate.id === feature.id);
      expect(feature.properties.name).toBe(area?.name);
      expect(feature.properties.gss).toBe(
        area?.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier,
      );
      const region = dataset.areas.find((candidate) => candidate.id === area?.parentId);
      expect(feature.properties.nellRegion).toBe(region?.name ?? null);
      for (const [lon, lat] of feature.geometry.coordinates.flat(2)) {
        expect(lon).toBeGreaterThan(-9);
        expect(lon).toBeLessThan(2);
        expect(lat).toBeGreaterThan(49);
        expect(lat).toBeLessThan(61);
      }
    }
    expect(collection.attribution).toContain("Open Government Licence v3.0");
  });
});
