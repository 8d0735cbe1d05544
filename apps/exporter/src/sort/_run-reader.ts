import { type FileHandle, open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { decodeEntry } from "./_run-format";

const CHUNK_BYTES = 1 << 20;

/** Reads a sorted run back one entry (`[key, ...payload]`) at a time. */
export class RunReader {
  /** The entry at the front of the run. */
  current: string[] = [];
  private text = "";
  private at = 0;
  private position = 0;
  private readonly decoder = new StringDecoder("utf8");
  private readonly chunk = Buffer.allocUnsafe(CHUNK_BYTES);

  private constructor(private readonly handle: FileHandle) {}

  /** Opens a run at its first entry; undefined when it has none. */
  static async open(path: string): Promise<RunReader | undefined> {
    const reader = new RunReader(await open(path, "r"));
    return (await reader.advance()) ? reader : undefined;
  }

  /** Moves to the next entry; false (and the file closed) at the end. */
  advance(): Promise<boolean> | boolean {
    const decoded = decodeEntry(this.text, this.at);
    if (decoded === undefined) return this.fillThenAdvance();
    this.current = decoded.entry;
    this.at = decoded.next;
    return true;
  }

  private async fillThenAdvance(): Promise<boolean> {
    for (;;) {
      const { bytesRead } = await this.handle.read(this.chunk, 0, CHUNK_BYTES, this.position);
      if (bytesRead === 0) {
        await this.handle.close();
        if (this.at < this.text.length) throw new Error("a sort run file ends in the middle of an entry");
        return false;
      }
      this.position += bytesRead;
      this.text = this.text.slice(this.at) + this.decoder.write(this.chunk.subarray(0, bytesRead));
      this.at = 0;
      const decoded = decodeEntry(this.text, 0);
      if (decoded !== undefined) {
        this.current = decoded.entry;
        this.at = decoded.next;
        return true;
      }
    }
  }
}
