import { readFile } from "node:fs/promises";
import { createScanner, type ParseError, type ParseErrorCode, parseTree, printParseErrorCode } from "jsonc-parser";
import { ExportError } from "./errors";
import { repeatedName } from "./read/_duplicate-keys";
import { TOKEN } from "./read/_json-tokens";
import type { JsonSyntaxError } from "./read/_scan-json";
import { decodeUtf8 } from "./read/_utf8";

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/** `ValueExpected` -> `value expected` */
function describeSyntaxError(code: ParseErrorCode): string {
  return printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

/** How deep a text that overflowed the parser is said to be nested: no dataset comes near it. */
const NESTING_SHOWN = 1000;

/** Where the text's brackets first open deeper than `levels`, read token by token. */
function deeperThan(text: string, levels: number): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== TOKEN.end; token = scanner.scan()) {
    if (token === TOKEN.openBrace || token === TOKEN.openBracket) depth += 1;
    else if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) depth -= 1;
    if (depth > levels) return scanner.getTokenOffset();
  }
  return 0;
}

/**
 * Where strict JSON text first goes wrong (a character offset) and why, worded as jsonc-parser words it;
 * JSON.parse on Node 20 says neither precisely.
 */
export function findSyntaxError(text: string): { offset: number; reason: string } {
  const errors: ParseError[] = [];
  try {
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // jsonc-parser recurses once per level: thousands of unclosed brackets overflow the stack.
    if (!(error instanceof RangeError)) throw error;
    return { offset: deeperThan(text, NESTING_SHOWN), reason: `nested more than ${NESTING_SHOWN} levels deep` };
  }
  const [first] = errors;
  return { offset: first?.offset ?? 0, reason: first ? describeSyntaxError(first.error) : "unexpected content" };
}

/** Parses strict JSON, names unique in each object; a syntax error names the file, line and column. */
export function parseJsonText(text: string, path: string): unknown {
  const fail = (offset: number, reason: string): never => {
    const { line, column } = lineAndColumn(text, offset);
    throw new ExportError(`${path}:${line}:${column}: not valid JSON: ${reason}`);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const { offset, reason } = findSyntaxError(text);
    return fail(offset, reason);
  }
  const repeated = repeatedName(text, parsed);
  if (repeated) fail(repeated.offset, `duplicate name ${JSON.stringify(repeated.name)}`);
  return parsed;
}

/**
 * Reads and parses a JSON file in strict UTF-8 (a leading byte order mark is allowed); every failure is an
 * ExportError naming the file.
 */
export async function readJsonFile(path: string, name = path): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ExportError(`cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = decodeUtf8(bytes.subarray(start), start);
  } catch (error) {
    const { offset } = error as JsonSyntaxError;
    const before = bytes.subarray(start, offset).toString("utf8");
    const { line, column } = lineAndColumn(before, before.length);
    throw new ExportError(`${name}:${line}:${column}: not valid JSON: invalid UTF-8`);
  }
  return parseJsonText(text, name);
}
