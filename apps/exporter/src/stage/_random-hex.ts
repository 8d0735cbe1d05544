import { closeSync, openSync, readSync } from "node:fs";

/**
 * `bytes` random bytes as hex, for names and tokens no other process can have: read from /dev/urandom where there
 * is one, else from Web Crypto. Loading node:crypto costs more than writing a small export's metadata does.
 */
export function randomHex(bytes: number): string {
  const random = Buffer.alloc(bytes);
  let device: number | undefined;
  try {
    device = openSync("/dev/urandom", "r");
    if (readSync(device, random) !== bytes) throw new Error("short read");
  } catch {
    globalThis.crypto.getRandomValues(random);
  } finally {
    if (device !== undefined) closeSync(device);
  }
  return random.toString("hex");
}
