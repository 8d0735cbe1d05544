// Strict UTF-8: a byte that is not part of a well-formed character stops the read, as `TextDecoder` with
// `fatal: true` would, instead of becoming U+FFFD in the export.
import { isUtf8 } from "node:buffer";
import { JsonSyntaxError } from "./_scan-json";

/** How many continuation bytes follow a lead byte, and the range the first of them must fall in (RFC 3629). */
function expectedAfter(lead: number): { count: number; low: number; high: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { count: 1, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { count: 2, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { count: 2, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { count: 2, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { count: 3, low: 0x90, high: 0xbf };
  if (lead === 0xf4) return { count: 3, low: 0x80, high: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { count: 3, low: 0x80, high: 0xbf };
  return undefined;
}

/** Where the first byte of ill-formed UTF-8 is; only called once `isUtf8` has said there is one. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] as number;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    const expected = expectedAfter(lead);
    if (expected === undefined) return at;
    for (let next = 1; next <= expected.count; next += 1) {
      const byte = bytes[at + next];
      const [low, high] = next === 1 ? [expected.low, expected.high] : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) return at;
    }
    at += expected.count + 1;
  }
  return bytes.length;
}

/**
 * The text of UTF-8 bytes; ill-formed UTF-8 is a syntax error placed at its first byte.
 * @param offset where the bytes start in the file
 */
export function decodeUtf8(bytes: Uint8Array, offset: number): string {
  if (!isUtf8(bytes)) throw new JsonSyntaxError(offset + firstInvalidByte(bytes), "invalid UTF-8");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
