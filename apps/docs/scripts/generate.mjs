// Generates every page of the site from @labour-left/data (and the exporter's and CLI's real output). Never edit the output.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@labour-left/data";
import { exportDataset } from "@labour-left/exporter";
import { pageContext } from "./_context.mjs";
import { pathOf } from "./_links.mjs";
import { outlineFiles } from "./_maps.mjs";
import { link, text } from "./_markdown.mjs";
import { areaTitle, eventPage, groupPage, personPage, placePage } from "./pages-entities.mjs";
import {
  changelogPage,
  cliPage,
  dictionaryPage,
  downloadsPage,
  homePage,
  indexPage,
  sourcesPage,
} from "./pages-reference.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
const GENERATED = [
  "index.md",
  "groups",
  "people",
  "places",
  "events",
  "sources.md",
  "dictionary.md",
  "downloads.md",
  "cli.md",
  "changelog.md",
  "public/downloads",
  "public/favicon.svg",
  "public/maps",
  ".vitepress/generated",
];

const context = pageContext(dataset);

/** The pages, each with the texts a reader must find on it (checked in a real browser by the tests). */
const pages = [];
function addPage(path, markdown, title, mustShow) {
  const file =
    path === "/"
      ? "index.md"
      : path
          .replace(/^\//, "")
          .replace(/\.html$/, ".md")
          .replace(/\/$/, "/index.md");
  mkdirSync(dirname(join(srcDir, file)), { recursive: true });
  writeFileSync(join(srcDir, file), markdown);
  pages.push({ path, title, mustShow: mustShow.filter((value) => value !== undefined && value !== "") });
}

function usageExample() {
  const readme = readFileSync(join(root, "packages/data/README.md"), "utf8");
  const code = /```js\n(import [^\n]+ from "@labour-left\/data";\n[\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: join(root, "packages/data"),
    encoding: "utf8",
  });
  return { code, output };
}

/** The README's paragraph on installing the package, so that the site says what the README says. */
function installInstructions() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const paragraph = /^Use it from TypeScript or JavaScript\.[\s\S]*?(?=\n\n)/m.exec(readme)?.[0];
  if (!paragraph) throw new Error("README.md has no paragraph starting 'Use it from TypeScript or JavaScript.'");
  return paragraph.replace(/\s*\n\s*/g, " ");
}

/** Every command's real `--help`; the list of commands is read from the CLI's own help. */
function cliHelps() {
  const bin = join(root, "apps/cli/bin.cjs");
  const help = (args) =>
    execFileSync(process.execPath, [bin, ...args, "--help"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
  const top = help([]);
  const commands = [...top.slice(top.indexOf("Commands:")).matchAll(/^ {2}([a-z]+)/gm)]
    .map((match) => match[1])
    .filter((name) => name !== "help");
  return [
    { command: "labour-left", help: top },
    ...commands.map((command) => ({ command: `labour-left ${command}`, help: help([command]) })),
  ];
}

function changelogEntries() {
  const entries = [];
  for (const folder of ["packages", "apps"]) {
    for (const name of readdirSync(join(root, folder))) {
      const file = join(root, folder, name, "CHANGELOG.md");
      if (existsSync(file))
        entries.push({
          title: `${folder}/${name}`,
          // Its headings one level down, under the package's.
          body: readFileSync(file, "utf8")
            .replace(/^# .*\n/, "")
            .replace(/^(#+) /gm, "$1# "),
        });
    }
  }
  const pending = readdirSync(join(root, ".changeset")).filter((file) => file.endsWith(".md") && file !== "README.md");
  if (pending.length > 0) {
    const lines = pending.map((file) => {
      const [, header = "", body = ""] = readFileSync(join(root, ".changeset", file), "utf8").split("---");
      return `- ${text(body.trim())} (${text(header.trim().replace(/\n/g, "; "))})`;
    });
    entries.unshift({ title: "Unreleased", body: lines.join("\n") });
  }
  return entries;
}

for (const path of GENERATED) rmSync(join(srcDir, path), { recursive: true, force: true });

const groups = dataset.organizations.filter((organization) => organization.classification === "political-group");
for (const group of groups) {
  const members = dataset.memberships.filter((membership) => membership.organizationId === group.id);
  addPage(pathOf.organizations(group.id), groupPage(group, context), group.name, [
    group.name,
    ...dataset.statements
      .filter(
        (statement) =>
          statement.authorOrganizationId === group.id || statement.aboutOrganizationIds?.includes(group.id),
      )
      .map((statement) => statement.text),
    ...members.map((membership) => context.peopleById.get(membership.personId)?.name),
  ]);
}
for (const person of dataset.people) {
  addPage(pathOf.people(person.id), personPage(person, context), person.name, [
    person.name,
    ...person.identifiers.map((identifier) => identifier.identifier),
    ...dataset.candidacies
      .filter((candidacy) => candidacy.personId === person.id)
      .map((candidacy) => candidacy.electionDate),
    // An inferred start or end shows why it was inferred, where the dates are.
    ...dataset.memberships
      .filter((membership) => membership.personId === person.id)
      .flatMap((membership) => membership.sources)
      .filter((ref) => ref.basis === "inferred" && ref.fields?.some((field) => /Date$/.test(field)))
      .map((ref) => ref.reason),
  ]);
}
for (const area of dataset.areas) {
  addPage(pathOf.areas(area.id), placePage(area, context), areaTitle(area), [
    area.name,
    ...area.identifiers.map((identifier) => identifier.identifier),
  ]);
}
for (const event of dataset.events) {
  addPage(pathOf.events(event.id), eventPage(event, context), event.name, [
    event.name,
    ...event.participants.map((participant) => participant.introducedAs),
  ]);
}
addPage(
  "/people/",
  indexPage(
    "People",
    "Everyone the source names, under the name it gives them.",
    dataset.people.map((person) => [link(person.name, pathOf.people(person.id))]),
    ["Person"],
  ),
  "People",
  dataset.people.map((person) => person.name),
);
addPage(
  "/places/",
  indexPage(
    "Places",
    "NELL's six regions, and the constituencies of 2010–2024 and of 2024 in the data: a 2024 constituency is a new area, even where it keeps an older name.",
    dataset.areas.map((area) => [
      link(areaTitle(area), pathOf.areas(area.id)),
      text(area.classification),
      text(area.identifiers.find((identifier) => identifier.scheme === "gss")?.identifier),
    ]),
    ["Place", "Kind", "GSS code"],
  ),
  "Places",
  dataset.areas.map((area) => area.name),
);
addPage("/sources.html", sourcesPage(context), "Sources and errata", [
  ...dataset.sources.map((source) => source.title),
  ...dataset.errata.map((erratum) => erratum.sourceSays),
]);
addPage("/dictionary.html", dictionaryPage(), "Data dictionary", ["Person", "Membership", "startDate"]);

mkdirSync(join(srcDir, "public"), { recursive: true });
copyFileSync(fileURLToPath(new URL("../assets/favicon.svg", import.meta.url)), join(srcDir, "public/favicon.svg"));
// The outlines the pages' maps drew on, written once each.
mkdirSync(join(srcDir, "public/maps"), { recursive: true });
for (const { path, content } of outlineFiles()) writeFileSync(join(srcDir, "public", path), content);
const downloadsDir = join(srcDir, "public/downloads");
const written = await exportDataset({ outDir: downloadsDir });
addPage(
  "/downloads.html",
  downloadsPage(written, dataset.version),
  "Downloads",
  written.map((file) => file.path),
);
const helps = cliHelps();
addPage(
  "/cli.html",
  cliPage(helps),
  "Command line",
  helps.map((help) => help.command),
);
addPage("/changelog.html", changelogPage(changelogEntries()), "Changelog", ["Changelog"]);
const counts = [
  ["groups", groups.length],
  ["people", dataset.people.length],
  ["places", dataset.areas.length],
  ["statements", dataset.statements.length],
  ["contests", dataset.contests.length],
  ["candidacies", dataset.candidacies.length],
];
const example = usageExample();
const install = installInstructions();
addPage("/", homePage({ dataset, example, counts, install }), "Labour Left Data", [
  "Labour Left Data",
  dataset.version,
  ...example.output.trim().split("\n"),
  // Plain text of the README's install instructions, as the page renders them.
  install.replace(/`/g, ""),
]);

const sidebar = [
  { text: "Groups", items: groups.map((group) => ({ text: group.name, link: pathOf.organizations(group.id) })) },
  { text: "Events", items: dataset.events.map((event) => ({ text: event.name, link: pathOf.events(event.id) })) },
  {
    text: "Reference",
    items: [
      { text: "People", link: "/people/" },
      { text: "Places", link: "/places/" },
      { text: "Sources and errata", link: "/sources.html" },
      { text: "Data dictionary", link: "/dictionary.html" },
      { text: "Downloads", link: "/downloads.html" },
      { text: "Command line", link: "/cli.html" },
      { text: "Changelog", link: "/changelog.html" },
    ],
  },
];
mkdirSync(join(srcDir, ".vitepress/generated"), { recursive: true });
writeFileSync(join(srcDir, ".vitepress/generated/sidebar.json"), `${JSON.stringify(sidebar, null, 2)}\n`);
writeFileSync(
  join(srcDir, ".vitepress/generated/pages.json"),
  `${JSON.stringify({ version: dataset.version, pages }, null, 2)}\n`,
);
console.log(`generated ${pages.length} pages and ${written.length} downloads`);
