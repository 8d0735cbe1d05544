// Helpers for generated Markdown: everything from the data is escaped, so no value can become markup or a Vue expression.

/** Escapes text for Markdown and Vue templates (VitePress reads `{{ }}`). */
export function text(value) {
  if (value === undefined || value === null) return "";
  return String(value).replace(/[&<>"'{}|*_[\]`\\#]/g, (character) => `&#${character.charCodeAt(0)};`);
}

const ISO_DATE = /\b\d{4}-\d{2}(?:-\d{2})?\b/g;

/** A cell with its dates kept on one line each; link targets and HTML tags are left as they are. */
function keepDatesWhole(cell) {
  return cell
    .split(/(\]\([^)]*\)|<[^>]*>)/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(ISO_DATE, (date) => `<span class="ll-nowrap">${date}</span>`),
    )
    .join("");
}

/** A Markdown table; cells are already escaped (or links). */
export function table(columns, rows) {
  if (rows.length === 0) return "_None in the data._\n";
  const line = (cells) =>
    `| ${cells.map((cell) => (cell === undefined || cell === "" ? " " : keepDatesWhole(cell))).join(" | ")} |`;
  return `${[line(columns.map(text)), line(columns.map(() => "---")), ...rows.map(line)].join("\n")}\n`;
}

export const link = (label, href) => `[${text(label)}](${href})`;

/** "Northern England Labour Left, paragraph 3, bullet 1" */
export function locator(value) {
  if (!value) return "";
  return `${value.section}, paragraph ${value.paragraph}${value.bullet ? `, bullet ${value.bullet}` : ""}`;
}

/** One citation in words: the source, where in it, and whether stated or inferred. */
export function citation(ref, sourcesById) {
  const source = sourcesById.get(ref.sourceId);
  const where = ref.locator ? locator(ref.locator) : ref.note;
  const place = where
    ? `, ${ref.url ? link(where, ref.url) : text(where)}`
    : ref.url
      ? `, ${link(ref.url, ref.url)}`
      : "";
  const fields = ref.fields ? ` (${ref.fields.join(", ")})` : "";
  const basis =
    ref.basis === "inferred"
      ? ` **Inferred**${fields}: ${text(ref.reason)}`
      : fields
        ? ` Supports${text(fields)}.`
        : "";
  return `${link(source?.title ?? ref.sourceId, `/sources.html#${ref.sourceId}`)}${place}.${basis}`;
}

/** A record's inferred fields, each with the reason its source gives: field -> reason. */
export function inferredFields(record) {
  const reasons = new Map();
  for (const ref of record.sources ?? []) {
    if (ref.basis === "inferred") for (const field of ref.fields ?? []) reasons.set(field, ref.reason);
  }
  return reasons;
}

/**
 * Marks inferred values in a table's cells, and numbers each reason once for the notes under the table: a reader
 * sees which values are inferences, and why, where the values are.
 */
export function inferenceNotes() {
  const reasons = [];
  return {
    /** The value as a cell, with "(inferred, note N)" when a reason is given. */
    cell(value, reason) {
      if (reason === undefined) return text(value);
      if (!reasons.includes(reason)) reasons.push(reason);
      return `${text(value)} (inferred, note ${reasons.indexOf(reason) + 1})`;
    },
    /** The numbered reasons, as Markdown to put under the table; empty when nothing was inferred. */
    notes: () =>
      reasons.length === 0 ? "" : `\n${reasons.map((reason, at) => `${at + 1}. ${text(reason)}`).join("\n")}\n`,
  };
}

export const citations = (refs, sourcesById) => `${refs.map((ref) => `- ${citation(ref, sourcesById)}`).join("\n")}\n`;

export const page = (title, body) => `---\ntitle: ${JSON.stringify(title)}\n---\n\n# ${text(title)}\n\n${body}`;
