import { ByteSink, utf8Bytes } from "./byte-sink";
import type { ParquetKind, StoredValue } from "./column-kinds";

/** The least and greatest values of a column chunk, in Parquet's order for its type; undefined when it has none. */
export interface Bounds {
  readonly min: StoredValue;
  readonly max: StoredValue;
}

/** Compares two texts by their UTF-8 bytes (Parquet's order for text), which `<` does not do past U+D7FF. */
export function compareUtf8(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x === y) continue;
    if (x < 0xd800 && y < 0xd800) return x - y;
    return compareBytes(utf8Bytes(a.slice(index)), utf8Bytes(b.slice(index)));
  }
  return a.length - b.length;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    if (a[index] !== b[index]) return (a[index] as number) - (b[index] as number);
  }
  return a.length - b.length;
}

/** The bounds of `values` (NaN aside, as the format asks); a zero bound is -0 at the bottom and +0 at the top. */
export function boundsOf(values: readonly StoredValue[], kind: ParquetKind): Bounds | undefined {
  let min: StoredValue | undefined;
  let max: StoredValue | undefined;
  if (kind === "string") {
    for (const value of values as readonly string[]) {
      if (min === undefined || compareUtf8(value, min as string) < 0) min = value;
      if (max === undefined || compareUtf8(value, max as string) > 0) max = value;
    }
  } else {
    // Numbers and booleans (false before true) order as JavaScript orders them.
    for (const value of values) {
      if (typeof value === "number" && Number.isNaN(value)) continue;
      if (min === undefined || value < min) min = value;
      if (max === undefined || value > max) max = value;
    }
  }
  if (min === undefined || max === undefined) return undefined;
  return { min: min === 0 ? -0 : min, max: max === 0 ? 0 : max };
}

/** A bound as Parquet stores it: the value's plain encoding, without a length for text. */
export function boundBytes(value: StoredValue, kind: ParquetKind): Uint8Array {
  if (typeof value === "string") return utf8Bytes(value);
  const sink = new ByteSink(8);
  if (typeof value === "boolean") sink.byte(value ? 1 : 0);
  else if (kind === "date") sink.int32(value);
  else if (kind === "double") sink.float64(value);
  else sink.int64(value);
  return sink.contents();
}
