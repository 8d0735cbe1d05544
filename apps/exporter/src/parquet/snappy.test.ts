import { randomBytes } from "node:crypto";
import { snappyUncompress } from "hyparquet";
import { expect, it } from "vitest";
import { snappyCompress } from "./snappy";

/** Decompressed by another library's Snappy decoder (hyparquet's). */
function roundTrip(input: Uint8Array): Uint8Array {
  const compressed = snappyCompress(input).slice();
  const output = new Uint8Array(input.length);
  snappyUncompress(compressed, output);
  return output;
}

it("compresses what another decoder gives back byte for byte: text, runs, noise, across blocks of 64 KiB", () => {
  const text = new TextEncoder().encode("person-1,Person 1,member,2001,unknown\r\n".repeat(5000));
  const run = new Uint8Array(200_000).fill(7);
  const mixed = Uint8Array.from({ length: 150_000 }, (_, index) =>
    index % 1000 < 500 ? index % 13 : (index * 7919) % 251,
  );
  for (const input of [
    new Uint8Array(0),
    Uint8Array.of(1),
    Uint8Array.of(1, 2, 3, 4, 5),
    text,
    run,
    mixed,
    randomBytes(70_000),
  ]) {
    expect(Buffer.from(roundTrip(input)).equals(Buffer.from(input))).toBe(true);
  }
  // Repetition is what it is for.
  expect(snappyCompress(text).length).toBeLessThan(text.length / 10);
});

it("gives the same bytes for the same input", () => {
  const input = randomBytes(100_000);
  input.set(input.subarray(0, 30_000), 50_000);
  expect(Buffer.from(snappyCompress(input)).equals(Buffer.from(snappyCompress(input)))).toBe(true);
});
