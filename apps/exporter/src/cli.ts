import { parseCommandLine, UsageError, usage } from "./command-line/options";
import type { Format } from "./formats/names";
import { printable, printableCell, printableJson } from "./printable";
import { stopOnSignals } from "./stop-on-signals";

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/** How the program is named in its usage and messages. */
export interface RunOptions {
  /** `labour-left-export`, or `labour-left export` when the CLI runs it. */
  readonly name?: string;
}

/** An error as the labour-left commands print it with --json: one object on stderr. */
function printJsonError(message: string, exitCode: number, details: readonly string[], usage?: string): void {
  process.stderr.write(`${printableJson(JSON.stringify({ error: { message, exitCode, details, usage } }, null, 2))}\n`);
}

/**
 * Runs the exporter with command-line arguments and returns the exit code; the bin is the only caller of
 * process.exit. The exporter itself is loaded only to export: `--help` and a usage error load the options alone.
 */
export async function run(argv: readonly string[], { name = "labour-left-export" }: RunOptions = {}): Promise<number> {
  const json = argv.includes("--json");
  let commandLine: ReturnType<typeof parseCommandLine>;
  try {
    commandLine = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (json) printJsonError(error.message, EXIT_USAGE, [], usage(name));
    else process.stderr.write(`${name}: ${printable(error.message)}\n\n${usage(name)}`);
    return EXIT_USAGE;
  }
  if (commandLine.help) {
    process.stdout.write(usage(name));
    return EXIT_OK;
  }
  return exportFromCommandLine(commandLine, name, json);
}

async function exportFromCommandLine(
  options: ReturnType<typeof parseCommandLine>,
  name: string,
  json: boolean,
): Promise<number> {
  const [{ exportDataset }, { ExportError }, { formatSummary }] = await Promise.all([
    import("./export-dataset"),
    import("./errors"),
    import("./summary"),
  ]);
  const stop = stopOnSignals(options.out);
  try {
    const written = await exportDataset({
      outDir: options.out,
      ...(options.formats ? { formats: options.formats as Format[] } : {}),
      ...(options.input ? { input: options.input } : {}),
      bom: options.bom,
      guardFormulas: options.guardFormulas,
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
