import type { ByteSink } from "./byte-sink";

/** The fewest bits that hold every value from 0 to `max` (at least one). */
export const bitWidthOf = (max: number): number => Math.max(1, 32 - Math.clz32(max));

/** Runs shorter than this stay bit-packed. */
const MIN_RUN = 8;

const MAX_BIT_WIDTH = 24;

/**
 * Parquet's RLE / bit-packing hybrid, as definition levels and dictionary indexes are written: runs of at least 8
 * equal values as one run, the rest bit-packed in groups of 8.
 */
export function writeHybrid(sink: ByteSink, values: ArrayLike<number>, count: number, bitWidth: number): void {
  // Wider values would overflow the packer's 32 bits; levels take 1 bit, a row group's dictionary indexes at most 14.
  if (bitWidth > MAX_BIT_WIDTH) throw new Error(`parquet: ${bitWidth}-bit values are not supported`);
  let literalStart = 0;
  let at = 0;
  while (at < count) {
    const value = values[at] as number;
    let end = at + 1;
    while (end < count && values[end] === value) end += 1;
    // Bit-packed values go in whole groups of 8: the run lends the pending ones what they lack.
    const pad = (MIN_RUN - ((at - literalStart) % MIN_RUN)) % MIN_RUN;
    if (end - at - pad >= MIN_RUN) {
      if (at + pad > literalStart) writeBitPacked(sink, values, literalStart, at + pad, bitWidth);
      writeRun(sink, value, end - at - pad, bitWidth);
      literalStart = end;
    }
    at = end;
  }
  if (literalStart < count) writeBitPacked(sink, values, literalStart, count, bitWidth);
}

function writeRun(sink: ByteSink, value: number, length: number, bitWidth: number): void {
  sink.varint(length * 2);
  for (let byte = 0; byte < Math.ceil(bitWidth / 8); byte += 1) sink.byte((value >>> (byte * 8)) & 0xff);
}

/** Values from `from` to `to`, packed least significant bit first, the last group padded with zeros. */
function writeBitPacked(sink: ByteSink, values: ArrayLike<number>, from: number, to: number, bitWidth: number): void {
  const groups = Math.ceil((to - from) / 8);
  sink.varint(groups * 2 + 1);
  let buffered = 0;
  let bits = 0;
  for (let index = from; index < from + groups * 8; index += 1) {
    const value = index < to ? (values[index] as number) : 0;
    buffered |= value << bits;
    bits += bitWidth;
    while (bits >= 8) {
      sink.byte(buffered & 0xff);
      buffered >>>= 8;
      bits -= 8;
    }
  }
}
