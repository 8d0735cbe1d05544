import { normaliseWhitespace } from "../src/schemas/_common";

/** A passage of the article, addressed as the records' locators address it. */
export interface Passage {
  readonly section: string;
  readonly paragraph: number;
  readonly bullet?: number;
  readonly text: string;
}

const locatorKey = (section: string, paragraph: number, bullet?: number): string =>
  `${section}|${paragraph}|${bullet ?? ""}`;

/**
 * Splits the archived article into sections, paragraphs and bullets.
 * A heading is a line without end punctuation that the next line starts with ("Northern England Labour Left" /
 * "Northern England Labour Left covers ..."); the untitled opening section is "Introduction".
 */
export function parseArticle(text: string): Map<string, Passage> {
  const blocks = text
    .split("\n")
    .map(normaliseWhitespace)
    .filter((line) => line !== "");
  const passages = new Map<string, Passage>();
  let section = "Introduction";
  let paragraph = 0;
  let bullet = 0;
  blocks.forEach((block, index) => {
    const next = blocks[index + 1] ?? "";
    if (block.startsWith("\u2022")) {
      bullet += 1;
      passages.set(locatorKey(section, paragraph, bullet), {
        section,
        paragraph,
        bullet,
        text: normaliseWhitespace(block.slice(1)),
      });
    } else if (!/[.:!?]$/.test(block) && next.startsWith(block) && next !== block) {
      section = block;
      paragraph = 0;
      bullet = 0;
    } else {
      paragraph += 1;
      bullet = 0;
      passages.set(locatorKey(section, paragraph), { section, paragraph, text: block });
    }
  });
  return passages;
}

export function findPassage(
  passages: Map<string, Passage>,
  locator: { section: string; paragraph: number; bullet?: number | undefined },
): Passage | undefined {
  return passages.get(locatorKey(locator.section, locator.paragraph, locator.bullet));
}
