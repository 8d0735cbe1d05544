import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import * as zlib from "node:zlib";

// A ZIP file written as a stream, entry by entry, each deflated as it comes, with its CRC and sizes in a data
// descriptor after it (general purpose flag bit 3), so that no entry is held whole. The dates are fixed, so that
// the same entries give the same bytes.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `bytes` continuing from `crc` (0 to start), in JavaScript, for a Node without zlib.crc32. */
export function crc32InJavaScript(crc: number, bytes: Uint8Array): number {
  let c = crc ^ 0xffffffff;
  for (let index = 0; index < bytes.length; index += 1)
    c = (CRC_TABLE[(c ^ (bytes[index] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// Node's own (20.15 and later) where there is one: the loop above took a fifth of a workbook's time.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value: number) => number }).crc32;
const crc32 = (crc: number, bytes: Uint8Array): number =>
  nativeCrc32 === undefined ? crc32InJavaScript(crc, bytes) : nativeCrc32(bytes, crc);

// 1980-01-01 00:00 in MS-DOS form: the earliest a ZIP date can say, and the same on every run.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DATA_DESCRIPTOR = 0x0008;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;

interface Entry {
  readonly name: Buffer;
  readonly offset: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
}

/** Bytes the streams hold before a writer waits (their default of 16 KiB made every block wait for the disk). */
const STREAM_BYTES = 1 << 20;

/** Characters of an entry's text gathered before they are deflated together. */
const GATHERED_CHARS = 1 << 18;

export class ZipWriter {
  private readonly out: WriteStream;
  private readonly entries: Entry[] = [];
  private offset = 0;

  constructor(path: string) {
    this.out = createWriteStream(path, { flags: "wx", highWaterMark: STREAM_BYTES });
  }

  private async write(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (!this.out.write(bytes)) await once(this.out, "drain");
  }

  /** Adds one entry, deflating its chunks as they come. Entries go one at a time. */
  async add(name: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(DATA_DESCRIPTOR | UTF8_NAMES, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt16LE(nameBytes.length, 26);
    await this.write(Buffer.concat([header, nameBytes]));
    const deflate = zlib.createDeflateRaw({ level: 6, chunkSize: STREAM_BYTES });
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const written = (async () => {
      for await (const chunk of deflate) {
        compressed += (chunk as Buffer).length;
        await this.write(chunk as Buffer);
      }
    })();
    // Text is gathered into blocks before it is deflated: each write to zlib is a trip to the thread pool.
    let gathered: string[] = [];
    let gatheredLength = 0;
    const deflateGathered = async (): Promise<void> => {
      const bytes = Buffer.from(gathered.join(""), "utf8");
      gathered = [];
      gatheredLength = 0;
      crc = crc32(crc, bytes);
      size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, "drain");
    };
    for await (const text of chunks) {
      gathered.push(text);
      gatheredLength += text.length;
      if (gatheredLength >= GATHERED_CHARS) await deflateGathered();
    }
    if (gatheredLength > 0) await deflateGathered();
    deflate.end();
    await written;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.write(descriptor);
    if (this.offset > 0xffffffff)
      throw new Error("the workbook would pass 4 GiB, which a ZIP file without ZIP64 cannot hold");
    this.entries.push({ name: nameBytes, offset, crc, compressed, size });
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(DATA_DESCRIPTOR | UTF8_NAMES, 8);
      record.writeUInt16LE(DEFLATE, 10);
      record.writeUInt16LE(DOS_TIME, 12);
      record.writeUInt16LE(DOS_DATE, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressed, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt32LE(entry.offset, 42);
      await this.write(Buffer.concat([record, entry.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.out.end();
    await once(this.out, "finish");
  }
}
