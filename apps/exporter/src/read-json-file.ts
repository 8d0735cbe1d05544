import { readFile } from "node:fs/promises";
import { type ParseError, type ParseErrorCode, parseTree, printParseErrorCode } from "jsonc-parser";
import { ExportError } from "./errors";

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

/**
 * Where strict JSON text first goes wrong (a character offset) and why, worded as jsonc-parser words it;
 * JSON.parse on Node 20 says neither precisely.
 */
export function findSyntaxError(text: string): { offset: number; reason: string } {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  return { offset: first?.offset ?? 0, reason: first ? describeSyntaxError(first.error) : "unexpected content" };
}

/** Parses strict JSON; a syntax error names the file, line and column. */
export function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { offset, reason } = findSyntaxError(text);
    const { line, column } = lineAndColumn(text, offset);
    throw new ExportError(`${path}:${line}:${column}: not valid JSON: ${reason}`);
  }
}

/** Reads and parses a JSON file (a leading byte order mark is allowed); every failure is an ExportError naming the file. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ExportError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseJsonText(text.replace(/^\uFEFF/, ""), path);
}
