// What a command tells its user beside its answer (which of two records of one name it chose): printed on stderr, so
// that what a pipe reads is the answer alone. Kept on globalThis: each command is bundled into a file of its own,
// with its own copy of this module, and the dispatcher prints what the command's copy collected.
const KEY = Symbol.for("labour-left.notes");
const store = globalThis as { [KEY]?: string[] };

export function addNote(text: string): void {
  store[KEY] = [...(store[KEY] ?? []), text];
}

/** The notes so far, once: the dispatcher prints them after the command's output. */
export function takeNotes(): string[] {
  const notes = store[KEY] ?? [];
  store[KEY] = [];
  return notes;
}
