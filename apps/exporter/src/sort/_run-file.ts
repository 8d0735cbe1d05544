// A run file holds sorted entries one after another, each as: the byte length of its key and of each piece
// (32-bit little-endian), then the key in UTF-8, then the pieces. Pieces are bytes, copied without decoding.
import type { EntryPieces } from "./_entry-pieces";

/** Bytes of an entry's header, for `pieceCount` pieces. */
export const headerBytes = (pieceCount: number): number => 4 * (pieceCount + 1);

/** Writes an entry's header at `offset` of `target`; the key and pieces follow it. */
export function writeHeader(target: Buffer, offset: number, keyBytes: number, pieceBytes: readonly number[]): void {
  target.writeUInt32LE(keyBytes, offset);
  pieceBytes.forEach((length, index) => target.writeUInt32LE(length, offset + 4 * (index + 1)));
}

/**
 * Reads the entry starting at `offset` of `source` into `pieces` (ranges of `source`); returns its key and where
 * the next entry starts, or undefined when the entry is cut off.
 */
export function readEntry(
  source: Buffer,
  offset: number,
  pieces: EntryPieces,
): { key: string; next: number } | undefined {
  const header = headerBytes(pieces.count);
  if (offset + header > source.length) return undefined;
  const keyBytes = source.readUInt32LE(offset);
  let at = offset + header + keyBytes;
  for (let index = 0; index < pieces.count; index += 1) {
    pieces.starts[index] = at;
    at += source.readUInt32LE(offset + 4 * (index + 1));
    pieces.ends[index] = at;
  }
  if (at > source.length) return undefined;
  pieces.bytes = source;
  return { key: source.toString("utf8", offset + header, offset + header + keyBytes), next: at };
}
