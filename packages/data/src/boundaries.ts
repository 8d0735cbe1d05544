// The shapes of the constituencies in the records, for drawing maps: a subpath of its own, so that importing the
// records costs nothing more. From the ONS's generalised boundaries (Open Government Licence v3.0).
import data from "./boundaries/shapes.json";

/** Longitude and latitude (WGS 84), as GeoJSON orders them. */
export type Position = readonly [number, number];

/** A GeoJSON MultiPolygon: polygons of rings, each ring's first and last positions the same. */
export interface MultiPolygon {
  readonly type: "MultiPolygon";
  readonly coordinates: readonly (readonly (readonly Position[])[])[];
}

/** The shape of one constituency, from the boundary set it belongs to. */
export interface Boundary {
  /** The constituency (an area in the records). */
  readonly areaId: string;
  readonly gss: string;
  /** Which boundaries: those of 2010-2024, or those in force from 2024. */
  readonly boundarySet: "2010" | "2024";
  readonly geometry: MultiPolygon;
  /** The source of the shape, in the records' `sources`. */
  readonly sourceId: "ons-westminster-constituencies-2010-buc" | "ons-westminster-constituencies-2024-buc";
}

/** How the boundaries must be credited wherever they are shown, as their provenance says. */
export const BOUNDARIES_ATTRIBUTION =
  "Boundaries: Office for National Statistics, Westminster Parliamentary Constituencies (December 2022 and July 2024) UK BUC; contains Ordnance Survey data, Crown copyright and database right; Open Government Licence v3.0. Simplified by Open Innovations; for drawing maps, not for measuring.";

type RawShape = { areaId: string; gss: string; boundarySet: string; geometry: { coordinates: unknown } };

/** The shape of every constituency in the records, by area id. */
export const boundaries: readonly Boundary[] = /* @__PURE__ */ (data.shapes as RawShape[]).map(
  (shape): Boundary => ({
    areaId: shape.areaId,
    gss: shape.gss,
    boundarySet: shape.boundarySet === "2024" ? "2024" : "2010",
    geometry: { type: "MultiPolygon", coordinates: shape.geometry.coordinates as MultiPolygon["coordinates"] },
    sourceId:
      shape.boundarySet === "2024"
        ? "ons-westminster-constituencies-2024-buc"
        : "ons-westminster-constituencies-2010-buc",
  }),
);

/** All 650 constituencies of 2010-2024 in one coarse shape, to draw the United Kingdom behind a map's shapes. */
export const ukOutline: MultiPolygon = /* @__PURE__ */ Object.freeze({
  type: "MultiPolygon",
  coordinates: data.outline.coordinates as unknown as MultiPolygon["coordinates"],
});

/**
 * A constituency's shape, or `undefined` for an area that has none (a NELL region).
 * @example boundaryOf("islington-north-2024")?.gss // "E14001305"
 */
export function boundaryOf(areaId: string): Boundary | undefined {
  return boundaries.find((boundary) => boundary.areaId === areaId);
}
