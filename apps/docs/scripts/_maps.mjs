// Maps drawn as SVG when the site is built: nothing fetched, no tiles, no map library in the page. Shapes come from
// @labour-left/data/boundaries; every map is credited as the boundaries ask.
import { BOUNDARIES_ATTRIBUTION, boundaryOf, ukOutline } from "@labour-left/data/boundaries";
import { pathOf } from "./_links.mjs";
import { text } from "./_markdown.mjs";

/** Okabe and Ito's palette, told apart with the common kinds of colour blindness (yellow, too light, left out). */
export const REGION_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];
const HIGHLIGHT = "#D55E00";
const LAND = "#d9d9d9";
const CONTEXT = "#b3b3b3";

const intersects = (a, b) => a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

/** One ring clipped to one edge of a box (Sutherland and Hodgman): the points inside, and where it crosses. */
function clipEdge(ring, inside, cross) {
  const clipped = [];
  ring.forEach((point, index) => {
    const previous = ring[(index + ring.length - 1) % ring.length];
    if (inside(point)) {
      if (!inside(previous)) clipped.push(cross(previous, point));
      clipped.push(point);
    } else if (inside(previous)) clipped.push(cross(previous, point));
  });
  return clipped;
}

const at = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** A geometry's rings clipped to a box; rings that fall outside it are left out. */
function clipToBounds(geometry, { west, east, south, north }) {
  const edges = [
    [(p) => p[0] >= west, (a, b) => at(a, b, (west - a[0]) / (b[0] - a[0]))],
    [(p) => p[0] <= east, (a, b) => at(a, b, (east - a[0]) / (b[0] - a[0]))],
    [(p) => p[1] >= south, (a, b) => at(a, b, (south - a[1]) / (b[1] - a[1]))],
    [(p) => p[1] <= north, (a, b) => at(a, b, (north - a[1]) / (b[1] - a[1]))],
  ];
  const coordinates = [];
  for (const polygon of geometry.coordinates) {
    const rings = polygon
      .map((ring) =>
        edges.reduce(
          (clipped, [inside, cross]) => (clipped.length === 0 ? clipped : clipEdge(clipped, inside, cross)),
          ring,
        ),
      )
      .filter((ring) => ring.length >= 3);
    if (rings.length > 0) coordinates.push(rings);
  }
  return { type: "MultiPolygon", coordinates };
}

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
function svgMap({ label, shapes, width, focusOnShapes, background = true, bounds: given, context = [], land = false }) {
  mapCount += 1;
  const drawn = shapes
    .map((shape) => ({ ...shape, boundary: boundaryOf(shape.areaId) }))
    .filter((shape) => shape.boundary);
  const bounds =
    given ?? paddedBounds(boundsOf(focusOnShapes ? drawn.map((shape) => shape.boundary.geometry) : [ukOutline]));
  const { height, project } = projection(bounds, width);
  const titleId = `map-title-${mapCount}`;
  if (background) outlineWidths.add(width);
  const stripes = `map-stripes-${mapCount}`;
  const defs = drawn.some((shape) => shape.striped)
    ? `<defs><pattern id="${stripes}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="none"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2.5"/></pattern></defs>`
    : "";
  // Grey land within the bounds, for a map zoomed in where the outline file would not line up: clipped to them, so
  // that a page carries only the coast it shows.
  const ground = land
    ? `<path d="${pathData(clipToBounds(ukOutline, paddedBounds(bounds)), project, 1)}" fill="${LAND}" stroke="${LAND}" stroke-width="0.5"/>`
    : "";
  const around = context
    .map((areaId) => boundaryOf(areaId))
    .filter(Boolean)
    .map(
      (boundary) =>
        `<path d="${pathData(boundary.geometry, project)}" fill="${CONTEXT}" stroke="#ffffff" stroke-width="0.6"/>`,
    )
    .join("");
  const paths = drawn
    .map((shape) => {
      const d = pathData(shape.boundary.geometry, project);
      const hatch = shape.striped ? `<path d="${d}" fill="url(#${stripes})" pointer-events="none"/>` : "";
      return `<a href="${shape.href}" aria-label="${text(shape.name)}"><path d="${d}" fill="${shape.fill}" stroke="#ffffff" stroke-width="0.6"><title>${text(shape.name)}</title></path>${hatch}</a>`;
    })
    .join("");
  const svg = `<svg class="ll-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg"><title id="${titleId}">${text(label)}</title>${defs}${ground}${around}${paths}</svg>`;
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

/** Greater London, where seats are too small to see on a map of the United Kingdom: drawn again, larger. */
const LONDON = { west: -0.53, east: 0.34, south: 51.27, north: 51.7 };

/** Seats on an outline of the United Kingdom, with an inset of London's; `seats` are `{ areaId, name, href }`. */
export function seatsMap(label, seats) {
  const shapes = seats.map((seat) => ({ ...seat, fill: HIGHLIGHT }));
  const inLondon = shapes.filter((shape) => {
    const boundary = boundaryOf(shape.areaId);
    return boundary && intersects(boundsOf([boundary.geometry]), LONDON);
  });
  const inset =
    inLondon.length === 0
      ? ""
      : `<figure class="ll-figure ll-inset"><figcaption>London, enlarged</figcaption>${svgMap({ label: `${label}: London, enlarged`, shapes: inLondon, width: 360, focusOnShapes: false, background: false, bounds: LONDON, land: true })}</figure>`;
  return `<div class="ll-map-pair"><figure class="ll-figure">${svgMap({ label, shapes, width: 420, focusOnShapes: false })}</figure>${inset}</div>\n\n${mapAttribution()}\n`;
}

/**
 * Seats coloured by party, with a legend of the parties and how many seats each, and stripes on those marked
 * `striped` (explained by `stripedMeans`); `seats` are `{ areaId, name, href, fill, party, striped }`.
 */
export function partyMap({ label, seats, stripedMeans }) {
  const parties = new Map();
  for (const seat of seats) {
    const entry = parties.get(seat.party) ?? { fill: seat.fill, count: 0 };
    entry.count += 1;
    parties.set(seat.party, entry);
  }
  const legend = [...parties]
    .sort((a, b) => b[1].count - a[1].count)
    .map(
      ([party, { fill, count }]) =>
        `<li><span class="ll-swatch" style="background:${fill}" aria-hidden="true"></span>${text(party)} (${count})</li>`,
    )
    .join("");
  const striped = seats.some((seat) => seat.striped)
    ? `<li><span class="ll-swatch ll-swatch-striped" aria-hidden="true"></span>${text(stripedMeans)}</li>`
    : "";
  return `<figure class="ll-figure">${svgMap({ label, shapes: seats, width: 560, focusOnShapes: true, background: false })}<figcaption><ul class="ll-legend">${legend}${striped}</ul></figcaption></figure>\n\n${mapAttribution()}\n`;
}

/**
 * A map placing one constituency: zoomed to its NELL region's constituencies (`context`, drawn in grey), or, for a
 * seat outside NELL's area, to the land around it; and a small map of the United Kingdom beside it.
 */
export function locatorMap(area, context = []) {
  const boundary = boundaryOf(area.id);
  if (!boundary) return "";
  const shape = [{ areaId: area.id, name: area.name, fill: HIGHLIGHT, href: pathOf.areas(area.id) }];
  const seat = boundsOf([boundary.geometry]);
  const span = Math.max(seat.north - seat.south, (seat.east - seat.west) * 0.6, 0.12);
  const around = {
    west: (seat.west + seat.east) / 2 - span * 1.2,
    east: (seat.west + seat.east) / 2 + span * 1.2,
    south: (seat.south + seat.north) / 2 - span * 0.75,
    north: (seat.south + seat.north) / 2 + span * 0.75,
  };
  const others = context.filter((id) => id !== area.id && boundaryOf(id));
  const zoomed = svgMap({
    label: others.length > 0 ? `${area.name} among its region's constituencies` : `${area.name} and the land around it`,
    shapes: shape,
    width: 320,
    focusOnShapes: false,
    background: false,
    bounds:
      others.length > 0
        ? paddedBounds(boundsOf([boundary.geometry, ...others.map((id) => boundaryOf(id).geometry)]))
        : around,
    context: others,
    land: others.length === 0,
  });
  const uk = svgMap({
    label: `Where ${area.name} lies in the United Kingdom`,
    shapes: shape,
    width: 120,
    focusOnShapes: false,
  });
  return `<div class="ll-map-pair"><figure class="ll-figure ll-zoomed">${zoomed}</figure><figure class="ll-figure ll-locator">${uk}</figure></div>\n\n${mapAttribution()}\n`;
}
