// Text from data or from a user's arguments, made safe to print: a terminal acts on control characters (an escape
// sequence can clear the screen, retitle the window or forge a link) and bidirectional controls reorder what is
// shown. Each is printed as its escape (`\u001b`) instead: visible, and what it stands for is still plain.

// Built from strings: the classes hold control characters by design.
const TERMINAL_CONTROLS = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
/** Control characters (C0 but tab and line feed, DEL, C1), line and paragraph separators, bidirectional controls. */
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${TERMINAL_CONTROLS}]`, "g");
/** The same, tab and line feed included: in one cell of a table, they would break its lines and columns. */
const UNSAFE_IN_CELL = new RegExp(`[\\u0000-\\u001f${TERMINAL_CONTROLS}]`, "g");
/** What JSON.stringify leaves as it is but a terminal could act on (it escapes C0 itself). */
const UNSAFE_IN_JSON = new RegExp(`[${TERMINAL_CONTROLS}]`, "g");

const escapeCharacter = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Lines of text as a terminal may print them: tabs and line breaks kept, every other control escaped. */
export const printable = (text: string): string => text.replace(UNSAFE, escapeCharacter);

/** One cell or one line of a table: tabs and line breaks escaped too. */
export const printableCell = (text: string): string => text.replace(UNSAFE_IN_CELL, escapeCharacter);

/** JSON text as a terminal may print it: the same JSON value, with what a terminal could act on escaped. */
export const printableJson = (json: string): string => json.replace(UNSAFE_IN_JSON, escapeCharacter);
