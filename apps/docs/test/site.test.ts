import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { dataset } from "@labour-left/data";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirectory } from "../scripts/serve-static.mjs";
import { chromiumAvailable, launchChromium, SKIP_NO_CHROMIUM } from "./_browser";

const siteDir = fileURLToPath(new URL("../src/.vitepress/dist/", import.meta.url));
const artifactsDir = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const manifest = JSON.parse(
  readFileSync(new URL("../src/.vitepress/generated/pages.json", import.meta.url), "utf8"),
) as {
  version: string;
  pages: { path: string; title: string; mustShow: string[] }[];
};
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const collapse = (value: string): string => value.replace(/\s+/g, " ").trim();

interface Visit {
  status: number | undefined;
  text: string;
  consoleErrors: string[];
  links: string[];
  violations: { id: string; impact: string; where: string[] }[];
}

describe.skipIf(!chromiumAvailable)(
  `the docs site in Chromium${chromiumAvailable ? "" : ` (${SKIP_NO_CHROMIUM})`}`,
  () => {
    let server: Awaited<ReturnType<typeof serveDirectory>>;
    let browser: BrowserContext;
    const foreignRequests: string[] = [];
    const visits = new Map<string, Visit>();

    async function visit(page: Page, path: string): Promise<Visit> {
      const consoleErrors: string[] = [];
      const onConsole = (message: { type: () => string; text: () => string }) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      };
      const onPageError = (error: Error) => consoleErrors.push(error.message);
      page.on("console", onConsole);
      page.on("pageerror", onPageError);
      const response = await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
      // The page as a reader has it once VitePress has hydrated it (on a busy machine, well after "load"): some of
      // the theme's labels, such as the appearance switch's title, are only set then.
      await page.waitForFunction(
        () => {
          const app = document.getElementById("app") as (HTMLElement & { __vue_app__?: unknown }) | null;
          const appearance = document.querySelector(".VPSwitchAppearance");
          return app?.__vue_app__ !== undefined && (appearance === null || Boolean(appearance.getAttribute("title")));
        },
        undefined,
        { timeout: 120_000 },
      );
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text a reader sees.
      const text = collapse(await page.locator("body").innerText());
      // Links in maps are SVG anchors, whose href is not a string: each is resolved against the page.
      const links = await page.$$eval("a[href]", (anchors) =>
        anchors.map((anchor) => new URL(anchor.getAttribute("href") ?? "", document.baseURI).href),
      );
      await page.addScriptTag({ content: axeSource });
      const results = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run(document),
      )) as {
        violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[];
      };
      page.off("console", onConsole);
      page.off("pageerror", onPageError);
      return {
        status: response?.status(),
        text,
        consoleErrors,
        links,
        violations: results.violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            where: violation.nodes.slice(0, 3).map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`),
          })),
      };
    }

    beforeAll(async () => {
      server = await serveDirectory(siteDir);
      browser = await launchChromium();
      await browser.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.origin === server.origin) return route.continue();
        foreignRequests.push(url.href);
        return route.abort();
      });
      const page = await browser.newPage();
      for (const { path } of manifest.pages) visits.set(path, await visit(page, path));
      mkdirSync(artifactsDir, { recursive: true });
      await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
      await page.screenshot({ path: `${artifactsDir}home.png`, fullPage: true });
      await page.goto(`${server.origin}/people/diane-abbott.html`, { waitUntil: "networkidle" });
      await page.screenshot({ path: `${artifactsDir}person.png`, fullPage: true });
      await page.close();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("has a page for every group, person, place and event, and the reference pages", () => {
      expect(manifest.pages.length).toBeGreaterThan(100);
      expect([...visits].filter(([, result]) => result.status !== 200).map(([path]) => path)).toEqual([]);
    });

    it("shows each entity's data on its page", () => {
      for (const { path, mustShow } of manifest.pages) {
        const text = visits.get(path)?.text ?? "";
        const missing = mustShow.map(collapse).filter((value) => !text.includes(value));
        expect(missing, path).toEqual([]);
      }
    });

    it("logs no console errors", () => {
      expect(
        [...visits]
          .filter(([, result]) => result.consoleErrors.length > 0)
          .map(([path, result]) => [path, result.consoleErrors]),
      ).toEqual([]);
    });

    it("makes no request to any host but the local server", () => {
      expect(foreignRequests).toEqual([]);
    });

    it("has no broken internal link", async () => {
      const internal = new Set(
        [...visits.values()]
          .flatMap((result) => result.links)
          .filter((href) => href.startsWith(server.origin))
          .map((href) => href.replace(/#.*$/, "")),
      );
      expect(internal.size).toBeGreaterThan(100);
      const broken: string[] = [];
      for (const href of internal) {
        const response = await fetch(href);
        if (response.status !== 200) broken.push(`${href} (${response.status})`);
      }
      expect(broken).toEqual([]);
    });

    it("has no serious or critical accessibility violation (axe-core) on any page", () => {
      expect(
        [...visits]
          .filter(([, result]) => result.violations.length > 0)
          .map(([path, result]) => [path, result.violations]),
      ).toEqual([]);
    });

    it("finds records with the built-in local search", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
      await page
        .getByRole("button", { name: /search/i })
        .first()
        .click();
      await page.locator(".VPLocalSearchBox input").fill("Pidcock");
      const result = page.locator(".VPLocalSearchBox a[href*='laura-pidcock']").first();
      await result.waitFor({ timeout: 120_000 });
      expect(await result.getAttribute("href")).toContain("/people/laura-pidcock.html");
      await page.close();
    });

    it("has a person page that transfers at most 100 KB gzipped on a first visit, favicon included, with no 404", async () => {
      // A fresh profile: a cold cache, as a first-time reader has. Each body is gzipped as a server would send it.
      const context = await launchChromium();
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      const failed: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
        sizes.push(
          response.body().then(
            (body) => gzipSync(body).length,
            () => 0,
          ),
        );
      });
      await page.goto(`${server.origin}/people/diane-abbott.html`, { waitUntil: "networkidle" });
      const favicon = await page.evaluate(() => document.querySelector("link[rel='icon']")?.getAttribute("href"));
      expect(favicon).toBe("/favicon.svg");
      expect((await fetch(`${server.origin}/favicon.svg`)).status).toBe(200);
      const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      await context.close();
      expect(failed).toEqual([]);
      expect(total).toBeGreaterThan(10_000);
      expect(total).toBeLessThanOrEqual(100_000);
    });

    it("draws the maps as SVG, each shape named and linking to its page, with the boundaries' attribution", () => {
      const nell = visits.get("/groups/nell.html");
      const scg = visits.get("/groups/scg-mps.html");
      for (const visit of [nell, scg]) expect(visit?.text).toContain("Open Government Licence v3.0");
      const constituencyLinks = (visit: Visit | undefined) =>
        new Set(
          visit?.links.filter((href) => href.includes("/places/")).map((href) => href.replace(server.origin, "")),
        );
      // NELL's 33 constituencies are linked from its map and its table.
      expect(constituencyLinks(nell).size).toBeGreaterThanOrEqual(33);
      const place = [...visits].find(
        ([path]) => path.startsWith("/places/") && path !== "/places/" && path.endsWith("-2024.html"),
      );
      expect(place?.[1].text).toContain("Open Government Licence v3.0");
    });

    it("draws each contest's result as a chart with a title and a description, beside a table of the same figures", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/places/easington.html`, { waitUntil: "load" });
      const charts = await page.$$eval("svg.ll-chart", (svgs) =>
        svgs.map((svg) => ({
          role: svg.getAttribute("role"),
          title: svg.querySelector("title")?.textContent ?? "",
          description: svg.querySelector("desc")?.textContent ?? "",
          labelledBy: svg.getAttribute("aria-labelledby") ?? "",
        })),
      );
      await page.close();
      const contests = dataset.contests.filter((contest) => contest.areaId === "easington");
      // One a contest, and the seat's shares election by election.
      expect(charts.length).toBe(contests.length + 1);
      for (const chart of charts) {
        expect(chart.role).toBe("img");
        expect(chart.title.length).toBeGreaterThan(10);
        expect(chart.labelledBy.split(" ")).toHaveLength(2);
      }
      for (const contest of contests) {
        const chart = charts.find((each) => each.title.includes(contest.electionDate));
        const names = dataset.candidacies.filter((each) => each.contestId === contest.id).map((each) => each.name);
        for (const name of names) expect(chart?.description, contest.id).toContain(name);
      }
      const easington = visits.get("/places/easington.html")?.text ?? "";
      for (const contest of contests) {
        for (const candidacy of dataset.candidacies.filter((each) => each.contestId === contest.id))
          expect(easington).toContain(candidacy.votes.toLocaleString("en-GB"));
      }
    });

    it("keeps charts, maps and tables within the page at 375 and 1280 pixels, dates whole, with text a reader can read", async () => {
      const paths = [
        "/people/jeremy-corbyn.html",
        "/places/easington.html",
        "/places/islington-north-2024.html",
        "/places/durham.html",
        "/groups/nell.html",
        "/groups/scg-mps.html",
      ];
      const page = await browser.newPage();
      const problems: string[] = [];
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of paths) {
          await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
          const found = await page.evaluate((wide) => {
            const issues: string[] = [];
            const root = document.documentElement;
            if (root.scrollWidth > root.clientWidth) issues.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
            for (const figure of Array.from(document.querySelectorAll("svg.ll-chart, svg.ll-map"))) {
              const box = figure.getBoundingClientRect();
              if (box.right > root.clientWidth + 0.5 || box.left < -0.5)
                issues.push(`figure at ${box.left}-${box.right}`);
            }
            for (const text of Array.from(document.querySelectorAll("svg.ll-chart text"))) {
              const height = text.getBoundingClientRect().height;
              if (height > 0 && height < 9) issues.push(`chart text ${height.toFixed(1)}px high`);
            }
            // On a desktop every table fits: nothing to scroll to, no column out of sight.
            if (wide) {
              for (const table of Array.from(document.querySelectorAll(".vp-doc table"))) {
                if (table.scrollWidth > table.clientWidth + 1)
                  issues.push(`table ${table.scrollWidth} > ${table.clientWidth}`);
              }
              // A date in a narrow column stays on one line, not broken at a hyphen.
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.parentElement?.closest(".vp-doc td")) continue;
                for (const match of (node.textContent ?? "").matchAll(/\d{4}-\d{2}-\d{2}/g)) {
                  const range = document.createRange();
                  range.setStart(node, match.index);
                  range.setEnd(node, match.index + match[0].length);
                  const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
                  if (lines.size > 1) issues.push(`${match[0]} broken across ${lines.size} lines`);
                }
              }
            }
            return issues;
          }, width >= 960);
          for (const issue of found) problems.push(`${width} ${path}: ${issue}`);
        }
      }
      await page.close();
      expect(problems).toEqual([]);
    });

    it("maps NELL's seats by winner in 2019 and the 2024 seats against the notional 2019 result, London inset", () => {
      const nell = visits.get("/groups/nell.html")?.text ?? "";
      expect(nell).toContain("Who won its seats in 2019");
      expect(nell).toContain("The constituencies of 2024 over its area");
      expect(nell).toContain("won by another party than the notional 2019 winner");
      expect(nell).toMatch(/Labour Party \(\d+\)/);
      expect(visits.get("/groups/scg-mps.html")?.text).toContain("London, enlarged");
      for (const regionId of ["durham", "north-cumbria"]) {
        expect(visits.get(`/places/${regionId}.html`)?.text.toLowerCase(), regionId).toContain("coloured by the party");
      }
    });

    it("is served by the command the README names, until stopped", async () => {
      const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
      expect(readme).toContain("npm run setup && pnpm docs");
      const rootManifest = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"));
      expect(rootManifest.scripts.docs).toContain("node apps/docs/scripts/serve.mjs");
      const serving = spawn(process.execPath, [fileURLToPath(new URL("../scripts/serve.mjs", import.meta.url))], {
        env: { ...process.env, PORT: "0" },
      });
      try {
        const line = await new Promise<string>((resolve, reject) => {
          serving.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString()));
          serving.once("exit", (code) => reject(new Error(`serve.mjs exited ${code}`)));
        });
        const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0];
        const home = await fetch(`${origin}/`);
        expect(home.status).toBe(200);
        expect(await home.text()).toContain("Labour Left Data");
      } finally {
        serving.kill("SIGINT");
      }
    });

    it("shows the data's version and the usage example's real output on the home page", () => {
      const home = visits.get("/")?.text ?? "";
      expect(home).toContain(`Data version: ${manifest.version}`);
      expect(home).toContain("Trade Union recognition in all workplaces");
    });
  },
);
