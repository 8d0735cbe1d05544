// The site's other pages: home, sources and errata, data dictionary, downloads, CLI reference and changelog.
import { toJsonSchemas } from "@labour-left/data/schemas";
import { pathOf } from "./_links.mjs";
import { citation, link, locator, page, table, text } from "./_markdown.mjs";

export function homePage({ dataset, example, counts, install }) {
  const article = dataset.sources.find((source) => source.kind === "article");
  return `---
layout: doc
title: Labour Left Data
---

# Labour Left Data

Open, sourced and typed data about three groups associated with the UK Labour Party, as one 2020 article describes
them: Northern England Labour Left (NELL), the Socialist Campaign Group of Labour MPs and the Socialist Campaign Group
of Labour Councillors; with the elections (2010–2024) their people and NELL's constituencies fought, every candidate
of each, and the 2024 boundaries.

- Data version: **${text(dataset.version)}**
- Source: ${link(article?.title ?? "the article", "/sources.html")}, published by ${text(article?.publisher)} on ${text(article?.published)}
- In the data: ${counts.map(([name, count]) => `${count} ${text(name)}`).join(", ")}

Every record gives its source, with a locator to the passage of the article or the reference dataset it comes from.
The groups' texts, as the article gives them, are kept word for word. What is inferred rather than stated is marked,
with the reason.

## Install

${install}

## Use

\`\`\`js
${example.code.trim()}
\`\`\`

Output:

\`\`\`text
${example.output.trim()}
\`\`\`

## Browse

- Groups: ${dataset.organizations
    .filter((organization) => organization.classification === "political-group")
    .map((organization) => link(organization.name, pathOf.organizations(organization.id)))
    .join(", ")}
- Events: ${dataset.events.map((event) => link(event.name, pathOf.events(event.id))).join(", ")}
- [People](/people/), [places](/places/), [sources and errata](/sources.html), [data dictionary](/dictionary.html), [downloads](/downloads.html), [command line](/cli.html), [changelog](/changelog.html)
`;
}

export function indexPage(title, intro, rows, columns) {
  return page(title, `${text(intro)}\n\n${table(columns, rows)}`);
}

export function sourcesPage({ dataset, sourcesById }) {
  const sources = dataset.sources.map(
    (source) =>
      `## ${text(source.title)} {#${source.id}}\n\n${[
        `- Publisher: ${text(source.publisher)}`,
        source.url ? `- Address: ${link(source.url, source.url)}` : "",
        source.published ? `- Date: ${text(source.published)}` : "",
        source.license ? `- Licence: ${text(source.license)}` : "",
        source.copyUsed ? `- Copy read: ${text(source.copyUsed)}` : "",
        source.titleBasis === "derived" ? "- The title is ours: the source does not print one." : "",
        ...source.notes.map((note) => `- ${text(note)}`),
        ...source.omissions.map(
          (omission) => `- Missing from the source (${text(locator(omission.locator))}): ${text(omission.description)}`,
        ),
      ]
        .filter(Boolean)
        .join("\n")}\n`,
  );
  const errata = dataset.errata.map(
    (erratum) =>
      `### ${text(erratum.id)} {#${erratum.id}}\n\n- The source says (${text(locator(erratum.locator))}): “${text(erratum.sourceSays)}”\n- Correction: ${text(erratum.correction)}\n- The record keeps the source's words: ${text(erratum.subject.collection)} ${text(erratum.subject.id)}, ${text(erratum.subject.field)}\n- Evidence:\n${erratum.evidence.map((ref) => `  - ${citation(ref, sourcesById)}`).join("\n")}\n`,
  );
  const inferred = new Map();
  for (const collection of ["organizations", "people", "memberships", "areas", "events", "statements", "candidacies"]) {
    for (const record of dataset[collection]) {
      for (const ref of record.sources.filter((candidate) => candidate.basis === "inferred")) {
        const key = `${collection}|${ref.fields?.join(", ") ?? ""}|${ref.reason}`;
        inferred.set(key, new Set([...(inferred.get(key) ?? []), record.id]));
      }
    }
  }
  const inferredRows = [...inferred].map(([key, ids]) => {
    const [collection, fields, reason] = key.split("|");
    return [text(collection), text(fields), text(reason), String(ids.size)];
  });
  return page(
    "Sources and errata",
    `${sources.join("\n")}\n## Errata\n\nWhere the source is wrong, the records keep its words and the correction stands here.\n\n${errata.join("\n")}\n## What is inferred, and how\n\n${table(["Collection", "Fields", "Reason", "Records"], inferredRows)}`,
  );
}

function typeOf(property, defs) {
  if (!property) return "";
  if (property.$ref) return property.$ref.split("/").at(-1);
  if (property.enum) return property.enum.map((value) => `'${value}'`).join(" or ");
  if (property.anyOf) return property.anyOf.map((part) => typeOf(part, defs)).join(" or ");
  if (property.const !== undefined) return `'${property.const}'`;
  if (property.type === "array") return `list of ${typeOf(property.items, defs)}`;
  return property.pattern && property.type === "string" ? `${property.type} (pattern)` : (property.type ?? "");
}

export function dictionaryPage() {
  const schemas = toJsonSchemas();
  const defs = schemas.dataset.$defs ?? {};
  const sections = Object.entries(defs).map(([name, definition]) => {
    const required = new Set(definition.required ?? []);
    const rows = Object.entries(definition.properties ?? {}).map(([field, property]) => [
      `\`${field}\``,
      text(typeOf(property, defs)),
      required.has(field) ? "yes" : "no",
      text(property.description),
    ]);
    return `## ${text(name)}\n\n${text(definition.description)}\n\n${table(["Field", "Type", "Required", "Description"], rows)}`;
  });
  return page(
    "Data dictionary",
    `Every entity and field, generated from the package's zod schemas.\n\n${sections.join("\n")}`,
  );
}

export function downloadsPage(files, version) {
  const cdn = `https://cdn.jsdelivr.net/npm/@labour-left/exports@${version}/data/`;
  return page(
    "Downloads",
    `The exporter's files for this version, made when this site was built. See the exporter's README for the CSV rules.\n\nOnce a version is published, the same files have stable addresses in the package \`@labour-left/exports\`: \`${cdn}<file>\` (for example \`${cdn}csv/people.csv\`), and at \`unpkg.com\` in the same way.\n\nElection results (every contest, every candidate, turnout, the notional 2019 results on the 2024 boundaries) are in \`csv/contests.csv\`, \`csv/candidacies.csv\` and \`csv/notional_results.csv\`, their JSON, the database's tables and views (\`contest_results\`, \`nell_seat_results\`) and Parquet. \`popolo.json\` has none of them: Popolo has no vocabulary for results, so it carries only the seats they led to (memberships) and the Parliaments (events of classification legislative period).\n\n${table(
      ["File", "Rows", "Bytes"],
      // Plain anchors: a Markdown link to a .db or .parquet file would be taken for a page and given .html.
      files.map((file) => [
        `<a href="/downloads/${encodeURI(file.path)}" download>${text(file.path)}</a>`,
        text(file.rows ?? ""),
        text(file.bytes),
      ]),
    )}`,
  );
}

export function cliPage(helps) {
  return page(
    "Command line",
    `The \`labour-left\` command, installed with \`npm install --global @labour-left/cli\`. Each section is the command's own \`--help\`.\n\n${helps
      .map(({ command, help }) => `## ${text(command)}\n\n\`\`\`text\n${help.trimEnd()}\n\`\`\`\n`)
      .join("\n")}`,
  );
}

export function changelogPage(entries) {
  return page(
    "Changelog",
    entries.length === 0
      ? "No changes recorded yet.\n"
      : entries.map((entry) => `## ${text(entry.title)}\n\n${entry.body}\n`).join("\n"),
  );
}
