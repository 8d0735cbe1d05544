// Charts drawn as SVG when the site is built, as the maps are: nothing loaded in the page. Each has a title and a
// description a screen reader gives, labels on every mark (colour is never the only cue), and a table beside it
// with the same figures. Text is sized for a phone: the viewBox is narrow and the chart grows only to a limit.
import { text } from "./_markdown.mjs";

const WIDTH = 360;
const FONT = 12;
const GRID = "#bdbdbd";

let chartCount = 0;

const percent = (share) => `${(share * 100).toFixed(1)}%`;

function svg({ title, description, height, body }) {
  chartCount += 1;
  const ids = { title: `chart-title-${chartCount}`, description: `chart-desc-${chartCount}` };
  return `<svg class="ll-chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${ids.title} ${ids.description}" xmlns="http://www.w3.org/2000/svg" font-size="${FONT}"><title id="${ids.title}">${text(title)}</title><desc id="${ids.description}">${text(description)}</desc>${body}</svg>`;
}

/**
 * Horizontal bars, one a row: a label above, the bar, and its value after it. `rows` are
 * `{ label, share, colour, value, strong }`; a strong row (a winner) is labelled in bold.
 */
export function barChart({ title, description, rows }) {
  const rowHeight = 34;
  const barMax = WIDTH - 64;
  const height = rows.length * rowHeight + 4;
  const body = rows
    .map((row, index) => {
      const y = index * rowHeight;
      const length = Math.max(1, Math.round(row.share * barMax));
      return `<text x="0" y="${y + 12}"${row.strong ? ' font-weight="bold"' : ""}>${text(row.label)}</text><rect x="0" y="${y + 17}" width="${length}" height="12" fill="${row.colour}"/><text x="${length + 4}" y="${y + 28}">${text(row.value ?? percent(row.share))}</text>`;
    })
    .join("");
  return `<figure class="ll-figure ll-chart-figure">${svg({ title, description, height, body })}</figure>\n`;
}

/** Moves labels apart, keeping their order, so that none overlaps the next (`gap` apart at least). */
function spread(positions, gap, top, bottom) {
  const placed = positions.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  for (let i = 1; i < placed.length; i += 1) placed[i].y = Math.max(placed[i].y, placed[i - 1].y + gap);
  const overflow = (placed.at(-1)?.y ?? 0) - bottom;
  if (overflow > 0) for (const label of placed) label.y = Math.max(top, label.y - overflow);
  return placed.sort((a, b) => a.index - b.index).map((label) => label.y);
}

/**
 * A share over time, one line a series, each labelled at its end with its name and last value; markers at each
 * point. `series` are `{ label, colour, points: [{ x (label), share }] }` over the same `xs`.
 */
export function lineChart({ title, description, xs, series }) {
  const height = 220;
  const plot = { left: 28, right: WIDTH - 132, top: 10, bottom: height - 24 };
  const max = Math.min(
    1,
    Math.ceil(Math.max(0.1, ...series.flatMap((each) => each.points.map((point) => point.share))) * 10) / 10,
  );
  const x = (index) =>
    xs.length === 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * index) / (xs.length - 1);
  const y = (share) => plot.bottom - ((plot.bottom - plot.top) * share) / max;
  const ticks = [0, max / 2, max]
    .map(
      (tick) =>
        `<line x1="${plot.left}" x2="${plot.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="${GRID}" stroke-width="0.5"/><text x="${plot.left - 4}" y="${y(tick) + 4}" text-anchor="end" font-size="10">${Math.round(tick * 100)}%</text>`,
    )
    .join("");
  const axis = xs
    .map(
      (label, index) =>
        `<text x="${x(index)}" y="${height - 6}" text-anchor="middle" font-size="10">${text(label)}</text>`,
    )
    .join("");
  const lastPoints = series.map((each) => each.points.findLast((point) => point.share !== undefined));
  const labelYs = spread(
    lastPoints.map((point) => y(point?.share ?? 0) + 4),
    FONT + 1,
    plot.top + 4,
    plot.bottom + 4,
  );
  const lines = series
    .map((each, index) => {
      const points = each.points
        .map((point) => ({ ...point, at: xs.indexOf(point.x) }))
        .filter((point) => point.share !== undefined && point.at >= 0);
      const path = points
        .map((point, at) => `${at === 0 ? "M" : "L"}${x(point.at).toFixed(1)},${y(point.share).toFixed(1)}`)
        .join("");
      const markers = points
        .map(
          (point) =>
            `<circle cx="${x(point.at).toFixed(1)}" cy="${y(point.share).toFixed(1)}" r="3" fill="${each.colour}"/>`,
        )
        .join("");
      const last = lastPoints[index];
      // A series that stops before the last election says when its last value was.
      const when = last && last.x !== xs.at(-1) ? ` (${last.x})` : "";
      return `<path d="${path}" fill="none" stroke="${each.colour}" stroke-width="2"/>${markers}<text x="${plot.right + 8}" y="${labelYs[index]}">${text(each.label)} ${last ? percent(last.share) : ""}${text(when)}</text>`;
    })
    .join("");
  return `<figure class="ll-figure ll-chart-figure">${svg({ title, description, height, body: `${ticks}${axis}${lines}` })}</figure>\n`;
}
