import type { Area } from "@labour-left/data/schemas";
import type { Stage } from "../stage/stage";
import { eachRecord } from "./_each-record";
import { stableJson } from "./_json-text";
import type { FormatWriter } from "./_writer";

type Ring = readonly (readonly [number, number])[];

/** Twice the ring's signed area: positive when its points turn counterclockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [x1, y1] = ring[index] ?? [0, 0];
    const [x2, y2] = ring[index + 1] ?? [0, 0];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** RFC 7946's right-hand rule: an exterior ring counterclockwise, its holes clockwise. */
const wound = (ring: Ring, counterclockwise: boolean): Ring =>
  signedArea(ring) > 0 === counterclockwise ? ring : [...ring].reverse();

/**
 * `areas.geojson`: the constituencies that have a shape (`@labour-left/data/boundaries`), as an RFC 7946
 * FeatureCollection (WGS 84, the right-hand rule), each feature with its id, name, GSS code, NELL region and
 * boundaries. Features in id order, keys sorted: the same bytes on every run.
 */
export function createGeoJsonWriter(stage: Stage): FormatWriter {
  const areas: Area[] = [];
  return {
    add: eachRecord((collection, record) => {
      if (collection === "areas") areas.push(record as unknown as Area);
      return undefined;
    }),
    async finish() {
      // Loaded only when asked for: the shapes are a large module of their own.
      const { boundaryOf, BOUNDARIES_ATTRIBUTION } = await import("@labour-left/data/boundaries");
      const names = new Map(areas.map((area) => [area.id, area.name]));
      const features = [...areas]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .flatMap((area) => {
          const gss = area.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier;
          const boundary = boundaryOf(area.id);
          // Only the shape of this very constituency: an area of the user's own with the same id but another code has none.
          if (boundary === undefined || boundary.gss !== gss) return [];
          const coordinates = boundary.geometry.coordinates.map((polygon) =>
            polygon.map((ring, index) => wound(ring, index === 0)),
          );
          return [
            {
              type: "Feature",
              id: area.id,
              properties: {
                id: area.id,
                name: area.name,
                gss,
                nellRegion: area.parentId === undefined ? null : (names.get(area.parentId) ?? area.parentId),
                boundarySet: boundary.boundarySet,
                startDate: area.startDate ?? null,
                endDate: area.endDate ?? null,
                source: boundary.sourceId,
              },
              geometry: { type: "MultiPolygon", coordinates },
            },
          ];
        });
      const file = await stage.create("areas.geojson", () => features.length);
      await file.write(stableJson({ type: "FeatureCollection", attribution: BOUNDARIES_ATTRIBUTION, features }));
    },
  };
}
