import { describe, expect, it } from "vitest";
import { BOUNDARIES_ATTRIBUTION, boundaries, boundaryOf, ukOutline } from "../src/boundaries";
import { dataset } from "../src/index";
import { REFERENCE_DIR, readShared, referenceAvailable, SKIP_NO_REFERENCE, sharedSuiteTitle } from "./_shared";

const { areas, sources } = dataset;

const gssOf = (areaId: string): string | undefined =>
  areas.find((area) => area.id === areaId)?.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier;

describe("the constituencies' shapes (@labour-left/data/boundaries)", () => {
  it("has one shape for every constituency in the records, from its own boundary set and source", () => {
    const constituencies = areas.filter((area) => area.classification === "constituency");
    expect(boundaries.map((boundary) => boundary.areaId).sort()).toEqual(constituencies.map((area) => area.id).sort());
    for (const boundary of boundaries) {
      expect(boundary.gss, boundary.areaId).toBe(gssOf(boundary.areaId));
      const area = constituencies.find((candidate) => candidate.id === boundary.areaId);
      expect(boundary.boundarySet, boundary.areaId).toBe(area?.startDate?.startsWith("2024") ? "2024" : "2010");
      expect(sources.map((source) => source.id)).toContain(boundary.sourceId);
      for (const polygon of boundary.geometry.coordinates) {
        for (const ring of polygon) expect(ring[0], boundary.areaId).toEqual(ring.at(-1));
      }
    }
    expect(boundaryOf("north-cumbria")).toBeUndefined();
    expect(ukOutline.coordinates.length).toBeGreaterThan(600);
    expect(BOUNDARIES_ATTRIBUTION).toContain("Open Government Licence v3.0");
  });
});

describe.skipIf(!referenceAvailable)(
  sharedSuiteTitle("the shapes against the ONS boundaries", referenceAvailable, SKIP_NO_REFERENCE),
  () => {
    it("keeps each constituency's shape as the boundary file draws it, rounded for drawing", () => {
      const files = {
        "2010": ["westminster-constituencies-2010-buc.geojson", "PCON22CD"],
        "2024": ["westminster-constituencies-2024-buc.geojson", "PCON24CD"],
      } as const;
      for (const [set, [file, code]] of Object.entries(files)) {
        const collection = JSON.parse(readShared(`${REFERENCE_DIR}/boundaries/${file}`)) as {
          features: { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } }[];
        };
        for (const boundary of boundaries.filter((candidate) => candidate.boundarySet === set)) {
          const feature = collection.features.find((candidate) => candidate.properties[code] === boundary.gss);
          expect(feature, boundary.areaId).toBeDefined();
          const polygons = (
            feature?.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature?.geometry.coordinates
          ) as number[][][][];
          const [lon, lat] = polygons[0]?.[0]?.[0] ?? [];
          const [drawnLon, drawnLat] = boundary.geometry.coordinates[0]?.[0]?.[0] ?? [];
          expect(Math.abs((drawnLon ?? 0) - (lon ?? 0)), boundary.areaId).toBeLessThanOrEqual(0.0005 + 1e-9);
          expect(Math.abs((drawnLat ?? 0) - (lat ?? 0)), boundary.areaId).toBeLessThanOrEqual(0.0005 + 1e-9);
        }
      }
    });
  },
);
