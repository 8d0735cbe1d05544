import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ExportError } from "./errors";
import { exportDataset } from "./export-dataset";
import { FORMATS, FORMULA_TRIGGERS, type Format } from "./formats/index";
import { printable, printableCell, printableJson } from "./printable";
import { stopOnSignals } from "./stop-on-signals";
import { formatSummary } from "./summary";

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function parseFormats(value: string, previous: Format[] | undefined): Format[] {
  const chosen = value.split(",").map((part) => part.trim());
  for (const format of chosen) {
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new InvalidArgumentError(`'${format}' is not a format; choose from ${FORMATS.join(", ")}.`);
    }
  }
  return [...new Set([...(previous ?? []), ...(chosen as Format[])])];
}

/** A path option's value: an empty one (`--out ""`) would mean the current folder, which no one means. */
function parsePath(value: string): string {
  if (value.trim() === "") throw new InvalidArgumentError("a path cannot be empty.");
  return value;
}

const TRIGGER_NAMES: Readonly<Record<string, string>> = { "\t": "tab", "\r": "CR", "\n": "LF", "\0": "NUL" };

/** The guarded first characters, as --help lists them: every one the guard acts on. */
const guardedCharacters = (): string => {
  const names = FORMULA_TRIGGERS.map((trigger) => TRIGGER_NAMES[trigger] ?? trigger);
  return `${names.slice(0, -1).join(" ")} or ${names[names.length - 1]}`;
};

/** How the program is named in its usage and messages, and whether it speaks JSON. */
export interface RunOptions {
  /** `labour-left-export`, or `labour-left export` when the CLI runs it. */
  readonly name?: string;
}

function declareProgram(name: string, json: boolean): Command {
  return new Command(name)
    .description(
      "Write the Labour Left Data dataset as JSON, CSV (with a Frictionless data package), Popolo JSON, JSON Schema, SQLite (with Datasette metadata), Parquet and GeoJSON.",
    )
    .addOption(
      new Option("-o, --out <dir>", "directory to write to (created if missing)")
        .default("exports")
        .argParser(parsePath),
    )
    .addOption(
      new Option(
        "-f, --format <formats>",
        `formats to write, comma-separated or repeated: ${FORMATS.join(", ")} (default: all)`,
      ).argParser(parseFormats),
    )
    .addOption(
      new Option(
        "-i, --input <file>",
        "export your own dataset (JSON following the dataset schema) instead of the bundled one; - reads standard input",
      ).argParser(parsePath),
    )
    .option("--bom", "start each CSV with a UTF-8 byte order mark, for older Excel")
    .option("--json", "print what was written as JSON, and errors as JSON on stderr")
    .option(
      "--no-formula-guard",
      `do not prefix CSV cells that begin with ${guardedCharacters()} with ' (spreadsheet formula injection)`,
    )
    .addHelpText(
      "after",
      `\nExamples:\n  ${name} --out exports\n  ${name} --format csv,popolo --bom\n  ${name} --input my-dataset.json --out my-exports\n\nExit codes: 0 written, 1 failed (nothing was changed), 2 wrong usage, 129, 130 or 143 stopped by SIGHUP,\nCtrl-C or SIGTERM (nothing was changed).`,
    )
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({
      writeErr: (text) => {
        if (!json) process.stderr.write(text);
      },
      // Usage errors look as they do in every labour-left command: the program's name, the message, then the usage.
      outputError: (text, write) => write(`${name}: ${printable(text.replace(/^error: /, ""))}\n`),
    });
}

/** An error as the labour-left commands print it with --json: one object on stderr. */
function printJsonError(message: string, exitCode: number, details: readonly string[], usage?: string): void {
  process.stderr.write(`${printableJson(JSON.stringify({ error: { message, exitCode, details, usage } }, null, 2))}\n`);
}

/** Runs the exporter with command-line arguments and returns the exit code; the bin is the only caller of process.exit. */
export async function run(argv: readonly string[], { name = "labour-left-export" }: RunOptions = {}): Promise<number> {
  const json = argv.includes("--json");
  const program = declareProgram(name, json);
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return EXIT_OK;
    if (json) printJsonError(error.message.replace(/^error: /, ""), EXIT_USAGE, [], program.helpInformation());
    return EXIT_USAGE;
  }
  const options = program.opts<{
    out: string;
    format?: Format[];
    input?: string;
    bom?: boolean;
    formulaGuard: boolean;
  }>();
  const stop = stopOnSignals(options.out);
  try {
    const written = await exportDataset({
      outDir: options.out,
      ...(options.format ? { formats: options.format } : {}),
      ...(options.input ? { input: options.input } : {}),
      bom: options.bom ?? false,
      guardFormulas: options.formulaGuard,
      signal: stop.signal,
    });
    if (json) console.log(printableJson(JSON.stringify({ outDir: options.out, files: written }, null, 2)));
    else console.log(printable(formatSummary(options.out, written)));
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    const exitCode = stop.exitCode ?? EXIT_FAILED;
    if (json) printJsonError(error.message, exitCode, error.details);
    else {
      // A message may quote a path or a value from the input: printed with its control characters escaped.
      console.error(`${name}: ${printable(error.message)}`);
      for (const detail of error.details) console.error(`  ${printableCell(detail)}`);
    }
    return exitCode;
  } finally {
    stop.stopListening();
  }
}
