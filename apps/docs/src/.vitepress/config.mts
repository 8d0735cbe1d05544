import { readFileSync } from "node:fs";
import { defineConfig } from "vitepress";

// Written by scripts/generate.mjs from @labour-left/data.
const sidebar = JSON.parse(readFileSync(new URL("./generated/sidebar.json", import.meta.url), "utf8"));

export default defineConfig({
  lang: "en-GB",
  title: "Labour Left Data",
  description: "Open, sourced and typed data about three groups associated with the UK Labour Party.",
  cleanUrls: false,
  lastUpdated: false,
  // Downloads are files in public/ (a database, Parquet, GeoJSON), not pages; the browser tests fetch each one.
  ignoreDeadLinks: [/^\/downloads\//],
  // Everything is served from the build: no web fonts, analytics or CDN assets.
  head: [["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }]],
  // The default code colours fall below WCAG AA contrast; the high-contrast GitHub themes meet it.
  markdown: { theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } },
  themeConfig: {
    nav: [
      { text: "Groups", link: "/groups/nell.html" },
      { text: "People", link: "/people/" },
      { text: "Places", link: "/places/" },
      { text: "Sources", link: "/sources.html" },
      { text: "Downloads", link: "/downloads.html" },
    ],
    sidebar,
    search: { provider: "local" },
    outline: { level: [2, 2] },
  },
});
