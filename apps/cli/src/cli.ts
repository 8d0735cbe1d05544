import { parseArgs } from "node:util";
import { version as dataVersion } from "@labour-left/data/package.json";
import { printable, printableCell, printableJson } from "@labour-left/exporter/printable";
import { version as cliVersion } from "../package.json";
import { COMMANDS } from "./_commands";
import { CliError, isCliError } from "./_errors";
import { commandHelp, programHelp } from "./_help";
import { loadCommand } from "./_load-command";
import { takeNotes } from "./_notes";
import { renderResult } from "./_output";
import { type CommandSpec, optionsOf } from "./_spec";
import { stdoutIsTerminal, writeErr, writeOut } from "./_write";

type ParsedOptions = Record<string, string | boolean | undefined>;

function parseCommandLine(command: CommandSpec, argv: readonly string[]): { args: string[]; options: ParsedOptions } {
  const specs = optionsOf(command);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        specs.map(
          (spec) =>
            [
              spec.name,
              { type: spec.value ? "string" : "boolean", ...(spec.short ? { short: spec.short } : {}) },
            ] as const,
        ),
      ),
    });
  } catch (error) {
    throw new CliError(
      error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, "") : String(error),
      2,
    );
  }
  const options = parsed.values as ParsedOptions;
  if (options.help) return { args: [], options };
  for (const spec of specs) {
    const value = options[spec.name];
    if (spec.choices && typeof value === "string" && !spec.choices.includes(value)) {
      throw new CliError(`--${spec.name} expects ${spec.choices.join(" or ")}; received '${value}'`, 2);
    }
  }
  const missing = command.args.slice(parsed.positionals.length);
  if (missing.length > 0) throw new CliError(`missing ${missing.map((name) => `<${name}>`).join(" ")}`, 2);
  if (parsed.positionals.length > command.args.length) {
    throw new CliError(`too many arguments: ${parsed.positionals.slice(command.args.length).join(" ")}`, 2);
  }
  return { args: parsed.positionals, options };
}

async function runCommand(command: CommandSpec, argv: readonly string[], color: boolean): Promise<number> {
  const { args, options } = parseCommandLine(command, argv);
  if (options.help) {
    writeOut(commandHelp(command));
    return 0;
  }
  const strings = Object.fromEntries(
    Object.entries(options).map(([name, value]) => [name, typeof value === "string" ? value : undefined]),
  );
  const result = await command.run(args, strings);
  const format = options.format === "csv" ? "csv" : "table";
  if (format === "csv" && !result.table)
    throw new CliError("this command's output is not a table; use --json instead of --format csv", 2);
  const terminal = stdoutIsTerminal();
  writeOut(await renderResult(result, { json: Boolean(options.json), format, color, terminal }));
  for (const note of takeNotes()) writeErr(`labour-left: note: ${printableCell(note)}\n`);
  return result.exitCode ?? 0;
}

function commandNamed(name: string): CommandSpec {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return command;
  const names = [...COMMANDS.map((candidate) => candidate.name), "export"];
  throw new CliError(loadCommand<typeof import("./commands/_suggest")>("_suggest").notFound("command", name, names), 2);
}

/** The longest argument taken: a path may be 4,096 bytes long; no name, id or year comes near it. */
const LONGEST_ARGUMENT = 4096;

async function dispatch(argv: readonly string[], color: boolean): Promise<number> {
  const long = argv.find((argument) => argument.length > LONGEST_ARGUMENT);
  if (long !== undefined) {
    throw new CliError(
      `an argument of ${long.length.toLocaleString("en-GB")} characters is longer than any this program takes (${LONGEST_ARGUMENT.toLocaleString("en-GB")})`,
      2,
    );
  }
  const [first, ...rest] = argv;
  if (first === "export") {
    return loadCommand<typeof import("./commands/export")>("export").runExport(rest, { name: "labour-left export" });
  }
  if (first === "-h" || first === "--help") {
    writeOut(programHelp());
    return 0;
  }
  if (first === "-v" || first === "--version") {
    writeOut(`labour-left ${cliVersion}\n@labour-left/data ${dataVersion}\n`);
    return 0;
  }
  if (first === "help" && rest[0] === "export") {
    return loadCommand<typeof import("./commands/export")>("export").runExport(["--help"], {
      name: "labour-left export",
    });
  }
  if (first === "help") {
    const command = rest[0] === undefined ? undefined : commandNamed(rest[0]);
    writeOut(command ? commandHelp(command) : programHelp());
    return 0;
  }
  if (first === undefined) throw new CliError("no command given", 2);
  const command = commandNamed(first);
  try {
    return await runCommand(command, rest, color);
  } catch (error) {
    if (isCliError(error) && error.exitCode === 2) error.usage = commandHelp(command);
    throw error;
  }
}

/** Runs the CLI and returns the exit code; the bin is the only caller of process.exit. */
export async function run(argv: readonly string[]): Promise<number> {
  const debug = argv.includes("--debug");
  const json = argv.includes("--json");
  const color = stdoutIsTerminal() && !process.env.NO_COLOR;
  try {
    return await dispatch(argv, color);
  } catch (error) {
    const known = isCliError(error) || (error instanceof Error && error.name === "ExportError");
    const exitCode = isCliError(error) ? error.exitCode : 1;
    const message = error instanceof Error ? error.message : String(error);
    const details = (error as { details?: readonly string[] }).details ?? [];
    const usage = exitCode === 2 ? ((isCliError(error) ? error.usage : undefined) ?? programHelp()) : undefined;
    if (json) {
      const stack = debug && error instanceof Error ? error.stack : undefined;
      const text = JSON.stringify({ error: { message, exitCode, details, usage, stack } }, null, 2);
      writeErr(`${printableJson(text)}\n`);
      return exitCode;
    }
    // A message may quote an argument or a value from a file: printed with its control characters escaped.
    writeErr(`labour-left: ${printable(message)}\n`);
    for (const detail of details) writeErr(`  ${printableCell(detail)}\n`);
    if (debug && error instanceof Error && error.stack) writeErr(`${error.stack}\n`);
    else if (!known) writeErr("(run again with --debug to see where it failed)\n");
    if (usage !== undefined) writeErr(`\n${usage}`);
    return exitCode;
  }
}
