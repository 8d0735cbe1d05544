/**
 * An entry's pieces as byte ranges of one buffer, reused from one entry to the next: reading a sorted run or an
 * arena makes no object per piece. Valid only until the visit it is given to returns (or its promise settles).
 */
export class EntryPieces {
  bytes: Buffer = Buffer.alloc(0);
  readonly starts: number[];
  readonly ends: number[];

  constructor(readonly count: number) {
    this.starts = new Array<number>(count).fill(0);
    this.ends = new Array<number>(count).fill(0);
  }

  length(index: number): number {
    return (this.ends[index] as number) - (this.starts[index] as number);
  }

  /** A piece's bytes, copied: for tests and the rare caller that keeps them. */
  copy(index: number): Buffer {
    return Buffer.from(this.bytes.subarray(this.starts[index], this.ends[index]));
  }
}
