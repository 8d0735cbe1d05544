import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ExportError } from "./errors";
import { exportDataset } from "./export-dataset";
import { FORMATS, type Format } from "./formats/index";
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

function declareProgram(): Command {
  return new Command("labour-left-export")
    .description(
      "Write the Labour Left Data dataset as JSON, CSV (with a Frictionless data package), Popolo JSON and JSON Schema.",
    )
    .option("-o, --out <dir>", "directory to write to (created if missing)", "exports")
    .addOption(
      new Option(
        "-f, --format <formats>",
        `formats to write, comma-separated or repeated: ${FORMATS.join(", ")} (default: all)`,
      ).argParser(parseFormats),
    )
    .option(
      "-i, --input <file>",
      "export your own dataset (JSON following the dataset schema) instead of the bundled one",
    )
    .option("--bom", "start each CSV with a UTF-8 byte order mark, for older Excel")
    .option(
      "--no-formula-guard",
      "do not prefix CSV cells that begin with = + - @ tab or CR with ' (spreadsheet formula injection)",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  labour-left-export --out exports\n  labour-left-export --format csv,popolo --bom\n  labour-left-export --input my-dataset.json --out my-exports\n\nExit codes: 0 written, 1 failed (nothing was changed), 2 wrong usage, 130 or 143 stopped by Ctrl-C or\nSIGTERM (nothing was changed).",
    )
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
}

/** Runs the exporter with command-line arguments and returns the exit code; the bin is the only caller of process.exit. */
export async function run(argv: readonly string[]): Promise<number> {
  const program = declareProgram();
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
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
    console.log(formatSummary(options.out, written));
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    console.error(`labour-left-export: ${error.message}`);
    for (const detail of error.details) console.error(`  ${detail}`);
    return stop.exitCode ?? EXIT_FAILED;
  } finally {
    stop.stopListening();
  }
}
