// Writes THIRD-PARTY-NOTICES.md from what the build bundled (esbuild's metafile): each package's name, version,
// licence and licence text, which its licence asks to be kept with every copy.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const metafiles = readdirSync("dist").filter((name) => /^metafile-.*\.json$/.test(name));
const packages = new Map();
for (const name of metafiles) {
  const { inputs } = JSON.parse(readFileSync(join("dist", name), "utf8"));
  for (const input of Object.keys(inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.set(match[1], true);
  }
}
// The SQLite engine's WebAssembly is copied beside the bundle, not bundled: its package's notice goes too.
const exporterModules = join(
  dirname(import.meta.resolve("@labour-left/exporter/package.json").replace("file://", "")),
  "node_modules",
);
if (existsSync(join(exporterModules, "node-sqlite3-wasm")))
  packages.set(join(exporterModules, "node-sqlite3-wasm"), true);

const sections = [...packages.keys()]
  .map((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const licenseFile = readdirSync(dir).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
    const text = licenseFile ? readFileSync(join(dir, licenseFile), "utf8").trim() : "(no licence file in the package)";
    return { name: manifest.name, version: manifest.version, license: manifest.license ?? "see below", text };
  })
  .filter((entry) => !entry.name.startsWith("@labour-left/"))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

const unique = [...new Map(sections.map((entry) => [`${entry.name}@${entry.version}`, entry])).values()];
writeFileSync(
  "THIRD-PARTY-NOTICES.md",
  `# Third-party notices\n\nThe \`labour-left\` command bundles these packages; each is used under its own licence, given here in full.\n\n${unique
    .map((entry) => `## ${entry.name} ${entry.version} (${entry.license})\n\n\`\`\`text\n${entry.text}\n\`\`\`\n`)
    .join("\n")}`,
);
console.log(`THIRD-PARTY-NOTICES.md: ${unique.length} packages`);
