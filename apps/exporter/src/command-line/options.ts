import { parseArgs } from "node:util";
import { FORMULA_TRIGGERS } from "../formats/formula-guard";
import { FORMATS, type Format } from "../formats/names";

/** What the command line asked for. */
export interface CommandLine {
  readonly help: boolean;
  readonly json: boolean;
  readonly out: string;
  readonly formats: readonly Format[] | undefined;
  readonly input: string | undefined;
  readonly bom: boolean;
  readonly guardFormulas: boolean;
}

/** A command line that cannot be run: the message, and the usage printed after it; exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const TRIGGER_NAMES: Readonly<Record<string, string>> = { "\t": "tab", "\r": "CR", "\n": "LF", "\0": "NUL" };

/** The guarded first characters, as --help lists them: every one the guard acts on. */
function guardedCharacters(): string {
  const names = FORMULA_TRIGGERS.map((trigger) => TRIGGER_NAMES[trigger] ?? trigger);
  return `${names.slice(0, -1).join(" ")} or ${names[names.length - 1]}`;
}

/** Each option: its flags as --help shows them, and what it does. */
const OPTION_HELP: readonly (readonly [string, string])[] = [
  ["-o, --out <dir>", 'directory to write to (created if missing) (default: "exports")'],
  ["-f, --format <formats>", `formats to write, comma-separated or repeated: ${FORMATS.join(", ")} (default: all)`],
  [
    "-i, --input <file>",
    "export your own dataset (JSON following the dataset schema) instead of the bundled one; - reads standard input",
  ],
  ["--bom", "start each CSV with a UTF-8 byte order mark, for older Excel"],
  ["--json", "print what was written as JSON, and errors as JSON on stderr"],
  [
    "--no-formula-guard",
    `do not prefix CSV cells that begin with ${guardedCharacters()} with ' (spreadsheet formula injection)`,
  ],
  ["-h, --help", "display help for command"],
];

/** Words wrapped to `width` columns, the lines after the first indented by `indent`. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

/** The usage, options, examples and exit codes, as --help prints them. */
export function usage(name: string): string {
  const flagsWidth = Math.max(...OPTION_HELP.map(([flags]) => flags.length)) + 2;
  const options = OPTION_HELP.map(
    ([flags, text]) => `  ${flags.padEnd(flagsWidth)}${wrap(text, 78 - flagsWidth, flagsWidth + 2)}`,
  );
  return [
    `Usage: ${name} [options]`,
    "",
    wrap(
      "Write the Labour Left Data dataset as JSON, CSV (with a Frictionless data package), Popolo JSON, JSON Schema, SQLite (with Datasette metadata), Parquet, GeoJSON and an Excel workbook.",
      80,
      0,
    ),
    "",
    "Options:",
    ...options,
    "",
    "Examples:",
    `  ${name} --out exports`,
    `  ${name} --format csv,popolo --bom`,
    `  ${name} --input my-dataset.json --out my-exports`,
    "",
    "Exit codes: 0 written, 1 failed (nothing was changed), 2 wrong usage, 129, 130 or 143 stopped by SIGHUP,",
    "Ctrl-C or SIGTERM (nothing was changed).",
    "",
  ].join("\n");
}

/** A path option's value: an empty one (`--out ""`) would mean the current folder, which no one means. */
function checkedPath(option: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === "")
    throw new UsageError(`option '${option}' argument '' is invalid: a path cannot be empty.`);
  return value;
}

function checkedFormats(values: readonly string[] | undefined): Format[] | undefined {
  if (values === undefined) return undefined;
  const chosen = values.flatMap((value) => value.split(",").map((part) => part.trim()));
  for (const format of chosen) {
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`'${format}' is not a format; choose from ${FORMATS.join(", ")}.`);
  }
  return [...new Set(chosen as Format[])];
}

/** Reads the command line; a mistake in it is a UsageError naming the option. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    // parseArgs's own messages name the option; its guidance about `--` does not apply here.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, "."));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(`too many arguments: ${positionals.join(" ")}`);
  return {
    help: values.help ?? false,
    json: values.json ?? false,
    out: checkedPath("-o, --out <dir>", values.out) ?? "exports",
    formats: checkedFormats(values.format),
    input: checkedPath("-i, --input <file>", values.input),
    bom: values.bom ?? false,
    guardFormulas: !(values["no-formula-guard"] ?? false),
  };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      format: { type: "string", short: "f", multiple: true },
      input: { type: "string", short: "i" },
      bom: { type: "boolean" },
      json: { type: "boolean" },
      "no-formula-guard": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
