import { ByteSink } from "./byte-sink";

/**
 * Snappy compression (the raw format Parquet's SNAPPY codec uses): a greedy search for earlier runs of at least four
 * bytes, within blocks of 64 KiB as the reference compressor works, so that every offset fits in two bytes. The same
 * input always gives the same bytes.
 */
const BLOCK_BYTES = 1 << 16;
const HASH_BITS = 14;
const MIN_MATCH = 4;

const table = new Int32Array(1 << HASH_BITS);

const load32 = (bytes: Uint8Array, at: number): number =>
  (bytes[at] as number) |
  ((bytes[at + 1] as number) << 8) |
  ((bytes[at + 2] as number) << 16) |
  ((bytes[at + 3] as number) << 24);

const hash = (word: number): number => Math.imul(word, 0x1e35a7bd) >>> (32 - HASH_BITS);

export function snappyCompress(input: Uint8Array, out: ByteSink = new ByteSink(input.length + 64)): Uint8Array {
  out.clear();
  out.reserve(32 + input.length + Math.ceil(input.length / 6));
  out.varint(input.length);
  for (let start = 0; start < input.length; start += BLOCK_BYTES)
    compressBlock(input, start, Math.min(start + BLOCK_BYTES, input.length), out);
  return out.contents();
}

function compressBlock(input: Uint8Array, start: number, end: number, out: ByteSink): void {
  // Positions are stored plus one, so that 0 means "none in this block".
  table.fill(0);
  let literalStart = start;
  let at = start;
  while (at + MIN_MATCH <= end) {
    const word = load32(input, at);
    const slot = hash(word);
    const candidate = (table[slot] as number) - 1;
    table[slot] = at + 1;
    if (candidate >= start && load32(input, candidate) === word) {
      let length = MIN_MATCH;
      while (at + length < end && input[candidate + length] === input[at + length]) length += 1;
      emitLiteral(input, literalStart, at, out);
      emitCopy(at - candidate, length, out);
      at += length;
      literalStart = at;
    } else {
      // Skip ahead faster the longer nothing has matched: incompressible text costs little.
      at += 1 + ((at - literalStart) >> 5);
    }
  }
  emitLiteral(input, literalStart, end, out);
}

function emitLiteral(input: Uint8Array, from: number, to: number, out: ByteSink): void {
  const length = to - from;
  if (length === 0) return;
  const n = length - 1;
  if (n < 60) out.byte(n << 2);
  else if (n < 0x100) {
    out.byte(60 << 2);
    out.byte(n);
  } else if (n < 0x10000) {
    out.byte(61 << 2);
    out.byte(n & 0xff);
    out.byte(n >>> 8);
  } else {
    out.byte(62 << 2);
    out.byte(n & 0xff);
    out.byte((n >>> 8) & 0xff);
    out.byte(n >>> 16);
  }
  out.bytes(input.subarray(from, to));
}

function emitCopy(offset: number, length: number, out: ByteSink): void {
  let rest = length;
  // Long copies go 64 bytes at a time, leaving at least 4 for the last.
  while (rest >= 68) {
    copyWithTwoByteOffset(offset, 64, out);
    rest -= 64;
  }
  if (rest > 64) {
    copyWithTwoByteOffset(offset, 60, out);
    rest -= 60;
  }
  if (rest >= 12 || offset >= 2048) copyWithTwoByteOffset(offset, rest, out);
  else {
    out.byte(1 | ((rest - 4) << 2) | ((offset >>> 8) << 5));
    out.byte(offset & 0xff);
  }
}

function copyWithTwoByteOffset(offset: number, length: number, out: ByteSink): void {
  out.byte(2 | ((length - 1) << 2));
  out.byte(offset & 0xff);
  out.byte(offset >>> 8);
}
