// A run file holds entries one after another, each as a header of lengths then the texts themselves:
// `<key length>,<payload 1 length>,...;<key><payload 1>...`. Lengths count UTF-16 units, as JavaScript does,
// so texts holding any character (line breaks, quotes, separators) need no escaping.

/** One entry as run-file text. */
export function encodeEntry(key: string, payload: readonly string[]): string {
  let header = String(key.length);
  let body = key;
  for (const text of payload) {
    header += `,${text.length}`;
    body += text;
  }
  return `${header};${body}`;
}

/**
 * The entry that starts at `from` in `text`, and where the next begins; undefined when `text` ends first.
 * @example decodeEntry("1,3;ab\r\n", 0) // { entry: ["a", "b\r\n"], next: 8 }
 */
export function decodeEntry(text: string, from: number): { entry: string[]; next: number } | undefined {
  const headerEnd = text.indexOf(";", from);
  if (headerEnd === -1) return undefined;
  const lengths = text.slice(from, headerEnd).split(",");
  let at = headerEnd + 1;
  const entry: string[] = [];
  for (const length of lengths) {
    const end = at + Number(length);
    if (end > text.length) return undefined;
    entry.push(text.slice(at, end));
    at = end;
  }
  return { entry, next: at };
}
