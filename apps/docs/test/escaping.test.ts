import { dataset } from "@labour-left/data";
import { createMarkdownRenderer } from "vitepress";
import { describe, expect, it } from "vitest";
import { compileTemplate } from "vue/compiler-sfc";
import { pageContext } from "../scripts/_context.mjs";
import { areaTitle, personPage, placePage } from "../scripts/pages-entities.mjs";

const HOSTILE = [
  '<script>alert("x")</script>',
  "{{ constructor.constructor('alert(1)')() }}",
  '<img src=x onerror="alert(1)">',
];

const context = pageContext(dataset);

/** A generated page as VitePress builds it: Markdown to HTML, then the HTML compiled as a Vue template. */
async function build(markdown: string): Promise<{ html: string; errors: unknown[] }> {
  const md = await createMarkdownRenderer(process.cwd());
  const html = md.render(markdown.replace(/^---[\s\S]*?---\n/, ""));
  const { errors } = compileTemplate({ source: `<div>${html}</div>`, filename: "page.md", id: "page" });
  return { html, errors };
}

describe("record text on the docs site", () => {
  it.each(HOSTILE)("never breaks the build or becomes markup: %s", async (hostile) => {
    const person = { ...structuredClone(dataset.people[0]), name: hostile } as (typeof dataset.people)[number];
    const area = { ...structuredClone(dataset.areas[0]), name: hostile } as (typeof dataset.areas)[number];
    for (const markdown of [personPage(person, context), placePage(area, context)]) {
      const { html, errors } = await build(markdown);
      expect(errors).toEqual([]);
      expect(html).not.toMatch(/<script|<img|\{\{/i);
      expect(html).toContain("&#");
    }
    expect(areaTitle(area)).toBe(hostile);
  });
});
