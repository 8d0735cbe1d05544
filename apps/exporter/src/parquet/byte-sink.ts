/** Bytes appended at the end of a buffer that grows as needed: the pages and footer of a Parquet file as made. */
export class ByteSink {
  private buffer: Uint8Array;
  private view: DataView;
  /** How many bytes are written so far. */
  length = 0;

  constructor(capacity = 64 * 1024) {
    this.buffer = new Uint8Array(capacity);
    this.view = new DataView(this.buffer.buffer);
  }

  /** Makes room for `extra` more bytes. */
  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
  }

  /** The bytes written so far: a view, valid until the next write or `clear()`. */
  contents(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  bytes(values: Uint8Array): void {
    this.reserve(values.length);
    this.buffer.set(values, this.length);
    this.length += values.length;
  }

  uint32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  /** Leaves room for a 32-bit integer written later (a length known only afterwards); gives its position. */
  placeholder32(): number {
    this.reserve(4);
    this.length += 4;
    return this.length - 4;
  }

  /** Writes a 32-bit little-endian integer at an earlier position. */
  uint32At(position: number, value: number): void {
    this.view.setUint32(position, value, true);
  }

  int32(value: number): void {
    this.reserve(4);
    this.view.setInt32(this.length, value, true);
    this.length += 4;
  }

  /** A safe integer as a 64-bit little-endian two's complement integer, without a BigInt. */
  int64(value: number): void {
    this.reserve(8);
    this.view.setUint32(this.length, value >>> 0, true);
    this.view.setInt32(this.length + 4, Math.floor(value / 0x1_0000_0000), true);
    this.length += 8;
  }

  float64(value: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, value, true);
    this.length += 8;
  }

  /** An unsigned LEB128 integer, for any safe integer (Thrift's and Parquet's varints). */
  varint(value: number): void {
    this.reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  /** Text as UTF-8 (a lone surrogate as U+FFFD, as TextEncoder writes it); gives the number of bytes. */
  utf8(text: string): number {
    this.reserve(text.length * 3);
    const start = this.length;
    const buffer = this.buffer;
    let at = start;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code >= 0x80) {
        // Most text is ASCII, copied above a character at a time; the rest is left to the encoder.
        at += encoder.encodeInto(text.slice(index), buffer.subarray(at)).written;
        break;
      }
      buffer[at++] = code;
    }
    this.length = at;
    return at - start;
  }
}

const encoder = new TextEncoder();

/** Text as UTF-8 bytes, on their own. */
export const utf8Bytes = (text: string): Uint8Array => encoder.encode(text);
