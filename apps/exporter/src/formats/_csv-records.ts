import { textChunks } from "./_text-chunks";

const QUOTE = 34;
const COMMA = 44;
const CR = 13;

/** Where a chunk's complete records end, and what they hold. */
interface Split {
  readonly records: string[][];
  readonly end: number;
}

/**
 * The complete RFC 4180 records (CRLF line ends) at the start of `text`. A record that may go on in the next chunk is
 * left for it unless `final`. Lines without a quote, nearly all of ours, are split on commas at once; the others
 * are read cell by cell.
 */
function splitRecords(text: string, final: boolean, where: (recordsBefore: number) => string): Split {
  const records: string[][] = [];
  const length = text.length;
  let start = 0;
  let nextQuote = text.indexOf('"');
  while (start < length) {
    const lineEnd = text.indexOf("\r\n", start);
    if (nextQuote !== -1 && nextQuote < start) nextQuote = text.indexOf('"', start);
    if (lineEnd !== -1 && (nextQuote === -1 || nextQuote > lineEnd)) {
      records.push(text.slice(start, lineEnd).split(","));
      start = lineEnd + 2;
      continue;
    }
    if (lineEnd === -1 && nextQuote === -1) {
      if (final) {
        records.push(text.slice(start).split(","));
        start = length;
      }
      break;
    }
    const record = readQuotedRecord(text, start, final, () => where(records.length));
    if (record === undefined) break;
    records.push(record.cells);
    start = record.end;
  }
  return { records, end: start };
}

/** One record read cell by cell, or nothing when it may go on past the end of `text`. */
function readQuotedRecord(
  text: string,
  start: number,
  final: boolean,
  where: () => string,
): { cells: string[]; end: number } | undefined {
  const length = text.length;
  const cells: string[] = [];
  let at = start;
  for (;;) {
    if (text.charCodeAt(at) === QUOTE) {
      let value = "";
      let from = at + 1;
      for (;;) {
        // A quote that ends the chunk may be the first of a doubled one: the cell's end is checked for below.
        const close = text.indexOf('"', from);
        if (close === -1) {
          if (final) throw new Error(`${where()}: a quoted cell is never closed`);
          return undefined;
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += text.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        value += text.slice(from, close);
        at = close + 1;
        break;
      }
      cells.push(value);
    } else {
      let end = at;
      while (end < length && text.charCodeAt(end) !== COMMA && text.charCodeAt(end) !== CR) end += 1;
      cells.push(text.slice(at, end));
      at = end;
    }
    if (at >= length) return final ? { cells, end: at } : undefined;
    const next = text.charCodeAt(at);
    if (next === COMMA) {
      at += 1;
    } else if (next === CR && text.charCodeAt(at + 1) === 10) {
      return { cells, end: at + 2 };
    } else if (next === CR && at + 1 >= length && !final) {
      return undefined;
    } else {
      throw new Error(`${where()}: unexpected ${JSON.stringify(text[at])} after a cell`);
    }
  }
}

/**
 * The records of a CSV file that the exporter wrote (RFC 4180, CRLF, an optional byte order mark), a chunk's worth
 * at a time, each record as its cells' text; the header row is included. Read a chunk at a time, so a file is never
 * held whole; handing over records in batches spares a promise per row.
 */
export async function* readCsvRecordBatches(path: string): AsyncGenerator<string[][]> {
  let pending = "";
  // The length `pending` must reach before it is split again: a record longer than a chunk is split once it is
  // whole, not once per chunk.
  let splitAt = 0;
  let first = true;
  let recordsRead = 0;
  const where = (recordsBefore: number) => `${path}, record ${recordsRead + recordsBefore + 1}`;
  const take = (text: string, final: boolean): string[][] => {
    const { records, end } = splitRecords(text, final, where);
    recordsRead += records.length;
    pending = text.slice(end);
    splitAt = records.length === 0 ? pending.length * 2 : 0;
    return records;
  };
  for (const chunk of textChunks(path)) {
    let text = pending + chunk;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length < splitAt) {
      pending = text;
      continue;
    }
    const records = take(text, false);
    if (records.length > 0) yield records;
  }
  if (pending.length > 0) yield take(pending, true);
}
