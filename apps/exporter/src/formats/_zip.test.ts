import { randomBytes } from "node:crypto";
import * as zlib from "node:zlib";
import { expect, it } from "vitest";
import { crc32InJavaScript } from "./_zip";

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

it("computes the check value of CRC-32 (ISO-HDLC) in JavaScript", () => {
  // From the catalogue of parametrised CRC algorithms: the CRC of the ASCII text "123456789".
  expect(crc32InJavaScript(0, Buffer.from("123456789"))).toBe(0xcbf43926);
});

it.skipIf(native === undefined)("computes in JavaScript what zlib.crc32 computes, piece by piece too", () => {
  for (const length of [0, 1, 7, 256, 65_537]) {
    const bytes = randomBytes(length);
    expect(crc32InJavaScript(0, bytes)).toBe(native?.(bytes));
    const half = Math.floor(length / 2);
    const pieces = crc32InJavaScript(crc32InJavaScript(0, bytes.subarray(0, half)), bytes.subarray(half));
    expect(pieces).toBe(native?.(bytes));
  }
});
