// The spreadsheet formula guard: which first characters it acts on and how, in a module of its own, light enough
// for the command line's help to list them.

/**
 * A text cell starting with one of these gets a leading `'`. The first six make a spreadsheet read a cell as a
 * formula (OWASP: CSV injection; ASVS adds NUL, and a line feed starts a new line in the cell as CR does); `'` itself
 * is there so that every guarded cell reads back exactly: drop one leading `'` from any text cell that has one.
 */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "\n", "\0", "'"] as const;

/** The guard, as a reader needs it: stated in `datapackage.json` and the README. */
export const FORMULA_GUARD_RULE =
  "A text cell whose value begins with = + - @ ' a tab, a carriage return, a line feed or NUL carries one added leading ' (so spreadsheets do not run it as a formula): drop one leading ' from any text cell that begins with ' to get the value.";

const TRIGGER_CODES = new Set(FORMULA_TRIGGERS.map((trigger) => trigger.charCodeAt(0)));

/** `=1+1` -> `'=1+1`, `'=1+1` -> `''=1+1`; anything else is returned as it is. */
export function guardFormula(text: string): string {
  return TRIGGER_CODES.has(text.charCodeAt(0)) ? `'${text}` : text;
}
