import type { SyntaxKind } from "jsonc-parser";

// jsonc-parser's token kinds, which it declares as a `const enum` (erased from its JavaScript, so not importable
// as values here): the numbers its scanner returns.
export const TOKEN = {
  openBrace: 1 as SyntaxKind,
  closeBrace: 2 as SyntaxKind,
  openBracket: 3 as SyntaxKind,
  closeBracket: 4 as SyntaxKind,
  comma: 5 as SyntaxKind,
  string: 10 as SyntaxKind,
  end: 17 as SyntaxKind,
} as const;
