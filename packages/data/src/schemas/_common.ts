import { z } from "zod";

/** The longest id: far beyond any slug of a name, and short enough for a file name or a URL. */
const MAX_ID_LENGTH = 200;

/** The longest text: a long quoted passage is a few thousand characters; a hostile file's millions stop here. */
const MAX_TEXT_LENGTH = 100_000;
const tooLong = { error: `expected at most ${MAX_TEXT_LENGTH.toLocaleString("en-GB")} characters`, abort: true };

/** Stable lowercase slug, unique within its collection and never reused. */
export const IdSchema = z
  .string()
  // Checked first, and stopping there: a regular expression's backtracking on a hostile million-character id
  // would overflow the stack.
  .max(MAX_ID_LENGTH, { error: `expected an id of at most ${MAX_ID_LENGTH} characters`, abort: true })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase slug such as 'diane-abbott'")
  .meta({ description: "Stable lowercase slug, unique within its collection and never reused." });

// What no source's text holds: C0 and C1 control characters (a note may have tabs and line breaks), the
// bidirectional controls that can make text display other than it reads, and halves of surrogate pairs standing
// alone. The same classes go into the JSON Schema's patterns (read with Unicode semantics, as ajv does).
const BIDI_AND_LONE_SURROGATES = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff";
const LINE_FORBIDDEN = `\\u0000-\\u001f\\u007f-\\u009f${BIDI_AND_LONE_SURROGATES}`;
const NOTE_FORBIDDEN = `\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${BIDI_AND_LONE_SURROGATES}`;
const LINE_PATTERN = new RegExp(`^[^${LINE_FORBIDDEN}]*$`, "u");
const NOTE_PATTERN = new RegExp(`^[^${NOTE_FORBIDDEN}]*$`, "u");

/** "U+0000 at character 5": the first character the pattern forbids, for the error message. */
function firstForbidden(input: unknown, pattern: RegExp): string {
  const text = String(input);
  let at = 0;
  for (const character of text) {
    if (!pattern.test(character)) {
      const code = character.codePointAt(0) ?? 0;
      return `U+${code.toString(16).toUpperCase().padStart(4, "0")} at character ${at + 1}`;
    }
    at += character.length;
  }
  return "a character it forbids";
}

const forbidding = (kind: string, pattern: RegExp) => (issue: { input?: unknown }) =>
  `expected ${kind} without control characters, bidirectional controls or unpaired surrogates; found ${firstForbidden(issue.input, pattern)}`;

/** One line of text (a name, a label, a title): no control characters at all. */
export const TextSchema = z
  .string()
  .min(1)
  .max(MAX_TEXT_LENGTH, tooLong)
  .regex(LINE_PATTERN, { error: forbidding("one line of text", LINE_PATTERN) });

/** Free text (a note, a reason, a description): may hold tabs and line breaks, no other control characters. */
export const NoteSchema = z
  .string()
  .min(1)
  .max(MAX_TEXT_LENGTH, tooLong)
  .regex(NOTE_PATTERN, { error: forbidding("text", NOTE_PATTERN) });

/**
 * A web address as its text reads: the scheme, then no space, quote, angle bracket, backslash, control or
 * bidirectional character (a URL escapes them with %), and no user name or password before the host (`user:pw@`
 * can make an address look like another site's). The pattern goes into the JSON Schema as it is.
 */
const urlText = (schemes: string): RegExp =>
  new RegExp(`^(?:${schemes})://(?![^/?#]*@)[^\\s"'<>\\\\^\`{|}${LINE_FORBIDDEN}]+$`, "u");

/** An address on the web: `https` only, or `http` too. */
export function webUrlSchema(schemes: "https" | "http|https") {
  const protocol = schemes === "https" ? /^https$/ : /^https?$/;
  // The text rule first, stopping there: an address it refuses is one problem, not two.
  return z
    .string()
    .regex(urlText(schemes === "https" ? "https" : "https?"), {
      error: `expected a plain ${schemes === "https" ? "https" : "http or https"} address: no spaces, quotes, angle brackets, control characters or user name`,
      abort: true,
    })
    .check(z.url({ protocol }));
}

/** Text kept as the source wrote it, after whitespace normalisation (no leading, trailing or doubled spaces). */
export const NormalisedTextSchema = TextSchema.regex(/^\S+(?: \S+)*$/u, {
  message: "expected whitespace-normalised text (single spaces, no leading or trailing space)",
});

/** Collapses every run of whitespace (including U+00A0) to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
