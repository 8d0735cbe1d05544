// Maps drawn as SVG when the site is built: nothing fetched, no tiles, no map library in the page. Shapes come from
// @labour-left/data/boundaries; every map is credited as the boundaries ask.
import { BOUNDARIES_ATTRIBUTION, boundaryOf, ukOutline } from "@labour-left/data/boundaries";
import { pathOf } from "./_links.mjs";
import { text } from "./_markdown.mjs";

/** Okabe and Ito's palette, told apart with the common kinds of colour blindness (yellow, too light, left out). */
export const REGION_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];
const HIGHLIGHT = "#D55E00";
const LAND = "#d9d9d9";

const polygonsOf = (geometry) => geometry.coordinates;

function boundsOf(geometries) {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const [lon, lat] of polygon[0] ?? []) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  return { west, south, east, north };
}

/** An equirectangular projection scaled at the map's middle latitude: close enough for Great Britain. */
function projection(bounds, width) {
  const scaleX = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180);
  const scale = width / ((bounds.east - bounds.west) * scaleX || 1);
  const height = Math.ceil((bounds.north - bounds.south) * scale) || 1;
  return { height, project: ([lon, lat]) => [(lon - bounds.west) * scaleX * scale, (bounds.north - lat) * scale] };
}

/** SVG path data, to `step` pixels: a point within `step` of the last is dropped, a ring that shrinks to nothing too. */
function pathData(geometry, project, step = 0.6) {
  const digits = step >= 1 ? 1 : 10;
  const parts = [];
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      let last;
      const points = [];
      for (const position of ring) {
        const [x, y] = project(position).map((value) => Math.round(value * digits) / digits);
        if (last && Math.abs(last[0] - x) < step && Math.abs(last[1] - y) < step) continue;
        points.push(`${x},${y}`);
        last = [x, y];
      }
      if (points.length >= 3) parts.push(`M${points.join("L")}Z`);
    }
  }
  return parts.join("");
}

// The United Kingdom behind a map is one file per width, drawn once and cached by the browser for every page.
const outlineWidths = new Set();
const outlinePath = (width) => `/maps/uk-outline-${width}.svg`;

/** The outline files the maps refer to: written into the site's public folder by the generator. */
export function outlineFiles() {
  return [...outlineWidths].map((width) => {
    const { height, project } = projection(paddedBounds(boundsOf([ukOutline])), width);
    const content = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><path d="${pathData(ukOutline, project, 1.5)}" fill="${LAND}" stroke="${LAND}" stroke-width="0.5"/></svg>\n`;
    return { path: outlinePath(width).slice(1), content };
  });
}

function paddedBounds(bounds) {
  const pad = (bounds.north - bounds.south) * 0.03;
  return { west: bounds.west - pad, east: bounds.east + pad, south: bounds.south - pad, north: bounds.north + pad };
}

let mapCount = 0;

/**
 * An SVG map: the United Kingdom (or the bounds of `focus`) in grey, then each shape filled, named in a title and
 * linking to its page. `shapes` are `{ areaId, name, fill, href }`.
 */
function svgMap({ label, shapes, width, focusOnShapes, background = true }) {
  mapCount += 1;
  const drawn = shapes
    .map((shape) => ({ ...shape, boundary: boundaryOf(shape.areaId) }))
    .filter((shape) => shape.boundary);
  const bounds = boundsOf(focusOnShapes ? drawn.map((shape) => shape.boundary.geometry) : [ukOutline]);
  const { height, project } = projection(paddedBounds(bounds), width);
  const titleId = `map-title-${mapCount}`;
  if (background) outlineWidths.add(width);
  const paths = drawn
    .map(
      (shape) =>
        `<a href="${shape.href}" aria-label="${text(shape.name)}"><path d="${pathData(shape.boundary.geometry, project)}" fill="${shape.fill}" stroke="#ffffff" stroke-width="0.6"><title>${text(shape.name)}</title></path></a>`,
    )
    .join("");
  const svg = `<svg class="ll-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg"><title id="${titleId}">${text(label)}</title>${paths}</svg>`;
  if (!background) return svg;
  return `<div class="ll-map-stack" style="max-width:${width}px"><img class="ll-map-land" src="${outlinePath(width)}" alt="" width="${width}" height="${height}">${svg}</div>`;
}

export const mapAttribution = () => `<p class="ll-map-attribution"><small>${text(BOUNDARIES_ATTRIBUTION)}</small></p>`;

/** NELL's constituencies, coloured by region, with a legend; `regions` are `{ id, name, constituencies }`. */
export function nellMap(regions) {
  const shapes = regions.flatMap((region, index) =>
    region.constituencies.map((area) => ({
      areaId: area.id,
      name: `${area.name} (${region.name})`,
      fill: REGION_COLOURS[index % REGION_COLOURS.length],
      href: pathOf.areas(area.id),
    })),
  );
  const legend = regions
    .map(
      (region, index) =>
        `<li><span class="ll-swatch" style="background:${REGION_COLOURS[index % REGION_COLOURS.length]}" aria-hidden="true"></span>${text(region.name)}</li>`,
    )
    .join("");
  return `<figure class="ll-figure">${svgMap({ label: "Map of NELL's constituencies, coloured by region", shapes, width: 560, focusOnShapes: true, background: false })}<figcaption><ul class="ll-legend">${legend}</ul></figcaption></figure>\n\n${mapAttribution()}\n`;
}

/** Seats on an outline of the United Kingdom; `seats` are `{ areaId, name, href }`. */
export function seatsMap(label, seats) {
  const shapes = seats.map((seat) => ({ ...seat, fill: HIGHLIGHT }));
  return `<figure class="ll-figure">${svgMap({ label, shapes, width: 420, focusOnShapes: false })}</figure>\n\n${mapAttribution()}\n`;
}

/** A small map placing one constituency in the United Kingdom. */
export function locatorMap(area) {
  if (!boundaryOf(area.id)) return "";
  return `<figure class="ll-figure ll-locator">${svgMap({ label: `Where ${area.name} lies in the United Kingdom`, shapes: [{ areaId: area.id, name: area.name, fill: HIGHLIGHT, href: pathOf.areas(area.id) }], width: 200, focusOnShapes: false })}</figure>\n\n${mapAttribution()}\n`;
}
