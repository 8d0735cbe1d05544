import { ByteSink } from "./byte-sink";
import {
  CODEC_SNAPPY,
  ENCODING,
  PAGE_TYPE,
  type ParquetCell,
  type ParquetColumn,
  STORAGE,
  type StoredValue,
  storedValue,
} from "./column-kinds";
import { bitWidthOf, writeHybrid } from "./hybrid-rle";
import { snappyCompress } from "./snappy";
import { boundBytes, boundsOf } from "./statistics";
import { binary, i32, i64, list, struct, type ThriftValue, writeStruct } from "./thrift-compact";

/** Where a column chunk's bytes go: appended to the file, which knows its length so far. */
export interface ChunkOutput {
  readonly offset: number;
  write(bytes: Uint8Array): void;
}

/** What the footer says of a written column chunk. */
export interface WrittenChunk {
  readonly metadata: ThriftValue;
  readonly start: number;
  readonly compressedBytes: number;
  readonly uncompressedBytes: number;
}

// Scratch space reused from chunk to chunk: a page's body, its compressed form, its header.
const body = new ByteSink(1 << 20);
const compressed = new ByteSink(1 << 20);
const header = new ByteSink(256);

/** A chunk keeps a dictionary when it has at most this share of distinct values. */
const DICTIONARY_SHARE = 0.5;

/** A chunk whose first values are all distinct is not tried for a dictionary (ids, names, notes). */
const SAMPLE = 64;

/**
 * Writes one column of a row group: a dictionary page where values repeat enough (not for booleans or doubles, which
 * a dictionary would not shrink, or would merge -0 with 0), then one data page of definition levels (for a column
 * that may be empty) and values, each page Snappy-compressed; gives the chunk's metadata, statistics included.
 */
export function writeColumnChunk(
  output: ChunkOutput,
  column: ParquetColumn,
  cells: readonly ParquetCell[],
): WrittenChunk {
  const rows = cells.length;
  const values: StoredValue[] = [];
  const levels = column.required ? undefined : new Uint8Array(rows);
  for (let row = 0; row < rows; row += 1) {
    const cell = cells[row];
    if (cell === undefined) {
      if (levels === undefined)
        throw new Error(`parquet: column ${column.name} is required, but row ${row + 1} has no value`);
      continue;
    }
    if (levels !== undefined) levels[row] = 1;
    values.push(storedValue(cell, column));
  }
  const dictionary = column.kind === "boolean" || column.kind === "double" ? undefined : dictionaryOf(values);
  const bounds = boundsOf(dictionary?.entries ?? values, column.kind);

  const start = output.offset;
  let uncompressedBytes = 0;
  const pages = (type: number, pageHeader: ThriftValue, headerField: number): void => {
    const packed = snappyCompress(body.contents(), compressed);
    header.clear();
    writeStruct(header, [
      [1, i32(type)],
      [2, i32(body.length)],
      [3, i32(packed.length)],
      [headerField, pageHeader],
    ]);
    uncompressedBytes += header.length + body.length;
    output.write(header.contents());
    output.write(packed);
  };

  let dictionaryPageOffset: number | undefined;
  if (dictionary !== undefined) {
    dictionaryPageOffset = output.offset;
    body.clear();
    writePlain(body, dictionary.entries, column);
    pages(
      PAGE_TYPE.DICTIONARY_PAGE,
      struct([
        [1, i32(dictionary.entries.length)],
        [2, i32(ENCODING.PLAIN)],
      ]),
      7,
    );
  }
  const dataPageOffset = output.offset;
  body.clear();
  if (levels !== undefined) {
    const at = body.placeholder32();
    writeHybrid(body, levels, rows, 1);
    body.uint32At(at, body.length - at - 4);
  }
  if (dictionary !== undefined) {
    const bitWidth = bitWidthOf(dictionary.entries.length - 1);
    body.byte(bitWidth);
    writeHybrid(body, dictionary.indexes, values.length, bitWidth);
  } else writePlain(body, values, column);
  const encoding = dictionary === undefined ? ENCODING.PLAIN : ENCODING.RLE_DICTIONARY;
  pages(
    PAGE_TYPE.DATA_PAGE,
    struct([
      [1, i32(rows)],
      [2, i32(encoding)],
      [3, i32(ENCODING.RLE)],
      [4, i32(ENCODING.RLE)],
    ]),
    5,
  );

  const compressedBytes = output.offset - start;
  const encodings =
    dictionary === undefined ? [ENCODING.PLAIN, ENCODING.RLE] : [ENCODING.PLAIN, ENCODING.RLE, ENCODING.RLE_DICTIONARY];
  const metadata = struct([
    [1, i32(STORAGE[column.kind].physical)],
    [2, list("i32", encodings.map(i32))],
    [3, list("binary", [binary(column.name)])],
    [4, i32(CODEC_SNAPPY)],
    [5, i64(rows)],
    [6, i64(uncompressedBytes)],
    [7, i64(compressedBytes)],
    [9, i64(dataPageOffset)],
    [11, dictionaryPageOffset === undefined ? undefined : i64(dictionaryPageOffset)],
    [
      12,
      struct([
        [3, i64(rows - values.length)],
        [5, bounds && binary(boundBytes(bounds.max, column.kind))],
        [6, bounds && binary(boundBytes(bounds.min, column.kind))],
      ]),
    ],
  ]);
  return { metadata, start, compressedBytes, uncompressedBytes };
}

/** The distinct values in order of first appearance, and each value's index; undefined if too few repeat. */
function dictionaryOf(values: readonly StoredValue[]): { entries: StoredValue[]; indexes: Int32Array } | undefined {
  if (values.length >= SAMPLE * 4 && new Set(values.slice(0, SAMPLE)).size === SAMPLE) return undefined;
  const limit = Math.floor(values.length * DICTIONARY_SHARE);
  const seen = new Map<StoredValue, number>();
  const entries: StoredValue[] = [];
  const indexes = new Int32Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as StoredValue;
    let entry = seen.get(value);
    if (entry === undefined) {
      if (entries.length >= limit) return undefined;
      entry = entries.length;
      seen.set(value, entry);
      entries.push(value);
    }
    indexes[index] = entry;
  }
  return entries.length === 0 ? undefined : { entries, indexes };
}

/** Values in Parquet's plain encoding: text with its length first, numbers little-endian, booleans as bits. */
function writePlain(sink: ByteSink, values: readonly StoredValue[], column: ParquetColumn): void {
  switch (column.kind) {
    case "string":
      for (const value of values as readonly string[]) {
        const at = sink.placeholder32();
        sink.uint32At(at, sink.utf8(value));
      }
      return;
    case "int64":
    case "timestamp-millis":
      for (const value of values as readonly number[]) sink.int64(value);
      return;
    case "date":
      for (const value of values as readonly number[]) sink.int32(value);
      return;
    case "double":
      for (const value of values as readonly number[]) sink.float64(value);
      return;
    case "boolean": {
      let byte = 0;
      values.forEach((value, index) => {
        if (value) byte |= 1 << (index % 8);
        if (index % 8 === 7) {
          sink.byte(byte);
          byte = 0;
        }
      });
      if (values.length % 8 !== 0) sink.byte(byte);
    }
  }
}
