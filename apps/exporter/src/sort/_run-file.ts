// A run file holds sorted entries one after another, each as: the byte length of its key and of each piece
// (32-bit little-endian), then the key in UTF-8, then the pieces. Pieces are bytes, copied without decoding.

/** Bytes of an entry's header, for `pieceCount` pieces. */
export const headerBytes = (pieceCount: number): number => 4 * (pieceCount + 1);

/** Writes an entry's header at `offset` of `target`; the key and pieces follow it. */
export function writeHeader(target: Buffer, offset: number, keyBytes: number, pieceBytes: readonly number[]): void {
  target.writeUInt32LE(keyBytes, offset);
  pieceBytes.forEach((length, index) => target.writeUInt32LE(length, offset + 4 * (index + 1)));
}

/** The entry starting at `offset` of `source` (views into it), and where the next starts; undefined if cut off. */
export function readEntry(
  source: Buffer,
  offset: number,
  pieceCount: number,
): { key: string; pieces: Buffer[]; next: number } | undefined {
  const header = headerBytes(pieceCount);
  if (offset + header > source.length) return undefined;
  const keyBytes = source.readUInt32LE(offset);
  let at = offset + header + keyBytes;
  const pieces: Buffer[] = [];
  for (let index = 0; index < pieceCount; index += 1) {
    const length = source.readUInt32LE(offset + 4 * (index + 1));
    pieces.push(source.subarray(at, at + length));
    at += length;
  }
  if (at > source.length) return undefined;
  return { key: source.toString("utf8", offset + header, offset + header + keyBytes), pieces, next: at };
}
