const FIRST_SLOTS = 1024;

/**
 * A set of ids, each with the first index it was seen at, kept in typed arrays: a million ids take about 60 MB
 * that the garbage collector never walks, where a Map of a million strings takes more and slows every collection. Open addressing with linear probing over FNV-1a hashes; ids are stored as Latin-1 bytes, and the
 * rare id with a character beyond Latin-1 goes to a plain Map.
 */
export class IdTable {
  private slots = new Int32Array(FIRST_SLOTS);
  private hashes = new Int32Array(FIRST_SLOTS / 2);
  private starts = new Uint32Array(FIRST_SLOTS / 2);
  private lengths = new Uint32Array(FIRST_SLOTS / 2);
  private indexes = new Uint32Array(FIRST_SLOTS / 2);
  private chars = new Uint8Array(FIRST_SLOTS * 16);
  private charsUsed = 0;
  private count = 0;
  private readonly wide = new Map<string, number>();

  /** The index `id` was first recorded with, or -1. */
  get(id: string): number {
    const hash = hashOf(id);
    if (hash === WIDE) return this.wide.get(id) ?? -1;
    const entry = this.find(id, hash);
    return entry === -1 ? -1 : (this.indexes[entry] as number);
  }

  /** Records `id` with `index` if it is new; returns the index it was first recorded with, or -1 when new. */
  add(id: string, index: number): number {
    const hash = hashOf(id);
    if (hash === WIDE) {
      const earlier = this.wide.get(id);
      if (earlier !== undefined) return earlier;
      this.wide.set(id, index);
      return -1;
    }
    const found = this.find(id, hash);
    if (found !== -1) return this.indexes[found] as number;
    this.insert(id, hash, index);
    return -1;
  }

  private find(id: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot] as number;
      if (stored === 0) return -1;
      const entry = stored - 1;
      if (this.hashes[entry] === hash && this.sameChars(entry, id)) return entry;
    }
  }

  private sameChars(entry: number, id: string): boolean {
    if (this.lengths[entry] !== id.length) return false;
    const start = this.starts[entry] as number;
    for (let at = 0; at < id.length; at += 1) if (this.chars[start + at] !== id.charCodeAt(at)) return false;
    return true;
  }

  private insert(id: string, hash: number, index: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.growSlots();
    if (this.count === this.hashes.length) this.growEntries();
    while (this.charsUsed + id.length > this.chars.length) this.chars = grown(this.chars, this.chars.length * 2);
    const entry = this.count;
    this.count += 1;
    this.hashes[entry] = hash;
    this.starts[entry] = this.charsUsed;
    this.lengths[entry] = id.length;
    this.indexes[entry] = index;
    for (let at = 0; at < id.length; at += 1) this.chars[this.charsUsed + at] = id.charCodeAt(at);
    this.charsUsed += id.length;
    this.place(entry, hash);
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.count; entry += 1) this.place(entry, this.hashes[entry] as number);
  }

  private growEntries(): void {
    const size = this.hashes.length * 2;
    this.hashes = grown(this.hashes, size);
    this.starts = grown(this.starts, size);
    this.lengths = grown(this.lengths, size);
    this.indexes = grown(this.indexes, size);
  }
}

/** Marks an id with a character beyond Latin-1, which the byte store cannot hold. */
const WIDE = 0x7fffffff;

/** FNV-1a over the id's characters, never equal to WIDE; WIDE when a character is beyond Latin-1. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = 0; at < id.length; at += 1) {
    const code = id.charCodeAt(at);
    if (code > 0xff) return WIDE;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash === WIDE ? 0 : hash;
}

function grown<T extends Int32Array | Uint32Array | Uint8Array>(array: T, size: number): T {
  const larger = new (array.constructor as new (size: number) => T)(size);
  larger.set(array);
  return larger;
}
