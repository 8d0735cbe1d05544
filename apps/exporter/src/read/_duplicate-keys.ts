// JSON.parse keeps the last of two members with the same name and says nothing; RFC 8259 leaves what that means
// to each reader. A dataset with one is refused instead, naming the member.
import { createScanner } from "jsonc-parser";
import { TOKEN } from "./_json-tokens";

const COLON = ":";

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}

/** The members of every object in a parsed value, and the colons in its strings (names included). */
function tally(value: unknown): { members: number; colonsInStrings: number } {
  let members = 0;
  let colonsInStrings = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === "string") colonsInStrings += countOf(next, COLON);
    else if (Array.isArray(next)) for (const item of next) pending.push(item);
    else if (next !== null && typeof next === "object") {
      for (const key of Object.keys(next)) {
        members += 1;
        colonsInStrings += countOf(key, COLON);
        pending.push((next as Record<string, unknown>)[key]);
      }
    }
  }
  return { members, colonsInStrings };
}

/**
 * Whether a text may hold a repeated name, decided cheaply: outside strings, a colon stands only between a name and
 * its value, so the colons of the text, less those in its strings, count its members. Exact unless the text
 * spells a colon as an escape (then the slow search decides).
 */
function mayRepeatAName(text: string, parsed: unknown): boolean {
  if (/\\u003a/i.test(text)) return true;
  const { members, colonsInStrings } = tally(parsed);
  return countOf(text, COLON) - colonsInStrings !== members;
}

/**
 * The first member whose name its object already has: its name and its character offset in `text`, which
 * JSON.parse has accepted. Read token by token, with a stack of its own: nesting however deep never overflows.
 */
function firstRepeatedName(text: string): { name: string; offset: number } | undefined {
  // One entry per open container: the names of an object so far (and whether a name comes next), or null for an array.
  const open: ({ names: Set<string>; nameNext: boolean } | null)[] = [];
  const scanner = createScanner(text, true);
  for (let token = scanner.scan(); token !== TOKEN.end; token = scanner.scan()) {
    const top = open[open.length - 1];
    if (token === TOKEN.openBrace) open.push({ names: new Set(), nameNext: true });
    else if (token === TOKEN.openBracket) open.push(null);
    else if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) open.pop();
    else if (token === TOKEN.comma && top) top.nameNext = true;
    else if (token === TOKEN.string && top?.nameNext) {
      const name = scanner.getTokenValue();
      if (top.names.has(name)) return { name, offset: scanner.getTokenOffset() };
      top.names.add(name);
      top.nameNext = false;
    }
  }
  return undefined;
}

/** A member whose name its object already has, in a text that JSON.parse has parsed as `parsed`. */
export function repeatedName(text: string, parsed: unknown): { name: string; offset: number } | undefined {
  if (parsed === null || typeof parsed !== "object") return undefined;
  return mayRepeatAName(text, parsed) ? firstRepeatedName(text) : undefined;
}
