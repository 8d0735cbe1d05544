// The docs site: how long the build takes, and how many bytes each page transfers in Chromium on a cold load.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { median, printTable } from "./_measure.mjs";

const docsDir = fileURLToPath(new URL("../apps/docs/", import.meta.url));
const { CHROMIUM_ARGS, chromiumPath } = await import(pathToFileURL(join(docsDir, "scripts/chromium-options.mjs")).href);
const { serveDirectory } = await import(pathToFileURL(join(docsDir, "scripts/serve-static.mjs")).href);

const baselineStart = performance.now();
execFileSync(process.execPath, ["-e", "0"]);
const nodeMs = performance.now() - baselineStart;
const buildStart = performance.now();
execFileSync("pnpm", ["run", "build"], { cwd: docsDir, stdio: "ignore" });
const buildMs = performance.now() - buildStart;
const { pages } = JSON.parse(readFileSync(join(docsDir, "src/.vitepress/generated/pages.json"), "utf8"));
console.log(
  `docs build (generate + vitepress build): ${(buildMs / 1000).toFixed(1)} s for ${pages.length} pages, ${(buildMs / pages.length).toFixed(0)} ms a page (${(buildMs / nodeMs).toFixed(0)}x a bare node start)`,
);

if (!existsSync(chromiumPath)) {
  console.log(`no Chromium at ${chromiumPath}: page weights left out (Debian: apt-get install -y chromium)`);
} else {
  // The docs app's own playwright-core, by its ES module entry.
  const playwrightDir = dirname(createRequire(join(docsDir, "package.json")).resolve("playwright-core/package.json"));
  const { chromium } = await import(pathToFileURL(join(playwrightDir, "index.mjs")).href);
  const server = await serveDirectory(join(docsDir, "src/.vitepress/dist/"));
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  const weights = [];
  try {
    for (const { path } of pages) {
      // A new context a page: a cold cache, as a first-time reader has.
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies = [];
      page.on("response", (response) => bodies.push(response.body().catch(() => Buffer.alloc(0))));
      await page.goto(`${server.origin}${path}`, { waitUntil: "networkidle" });
      const loaded = await Promise.all(bodies);
      weights.push({
        path,
        bytes: loaded.reduce((sum, body) => sum + body.length, 0),
        gzipped: loaded.reduce((sum, body) => sum + gzipSync(body).length, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sizes = weights.map((weight) => weight.bytes);
  const home = weights.find((weight) => weight.path === "/")?.bytes ?? 1;
  console.log(
    `bytes each page transfers on a cold load: median ${median(sizes)}, smallest ${Math.min(...sizes)}, largest ${Math.max(...sizes)}`,
  );
  printTable(
    [...weights]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5)
      .map((weight) => ({
        "heaviest pages": weight.path,
        bytes: weight.bytes,
        "gzipped bytes": weight.gzipped,
        "x home page": (weight.bytes / home).toFixed(2),
      })),
  );
  const people = weights.filter((weight) => weight.path.startsWith("/people/") && weight.path !== "/people/");
  const heaviestPerson = Math.max(...people.map((weight) => weight.gzipped));
  console.log(
    `goal: a person page transfers at most 100 KB gzipped on a first visit -> ${heaviestPerson <= 100_000 ? "met" : "MISSED"} (heaviest ${(heaviestPerson / 1000).toFixed(0)} KB)`,
  );
  // Pages with a map: the groups' pages and every constituency's page (its locator map).
  const mapPages = weights.filter((weight) => /^\/(groups|places)\/.+\.html$/.test(weight.path));
  const heaviestMap = Math.max(...mapPages.map((weight) => weight.gzipped));
  console.log(
    `goal: a page with a map transfers at most 150 KB gzipped on a first visit -> ${heaviestMap <= 150_000 ? "met" : "MISSED"} (heaviest ${(heaviestMap / 1000).toFixed(0)} KB)`,
  );
}
