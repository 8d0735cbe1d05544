import { dataset } from "@labour-left/data";
import { Command, CommanderError, Option } from "commander";
import { version as cliVersion } from "../package.json";
import { CliError } from "./_errors";
import { renderResult } from "./_output";
import type { CommandResult } from "./_result";

interface OutputFlags {
  json?: boolean;
  format?: "table" | "csv";
  debug?: boolean;
}

const EXAMPLES: Record<string, string> = {
  groups: "labour-left groups",
  group: "labour-left group nell",
  members: "labour-left members scg-mps --on 2020-09-21 --format csv",
  person: 'labour-left person "Diane Abbott"',
  places: "labour-left places --region durham",
  place: "labour-left place E14000641",
  statements: "labour-left statements --group nell --kind priority",
  events: "labour-left events",
  event: "labour-left event nell-inaugural-agm-2020",
  sources: "labour-left sources --json",
  errata: "labour-left errata",
  search: "labour-left search corbin",
  validate: "labour-left validate my-dataset.json",
  diff: "labour-left diff old/dataset.json new/dataset.json",
};

/** Declares a subcommand with the output options every command shares, its example, and a lazily loaded action. */
function declare(
  program: Command,
  spec: string,
  description: string,
  action: (args: string[], options: Record<string, string | undefined>) => Promise<CommandResult> | CommandResult,
  report: (result: CommandResult, flags: OutputFlags) => void,
): Command {
  const command = program.command(spec).description(description);
  const name = command.name();
  command
    .option("--json", "print JSON")
    .addOption(new Option("--format <format>", "output format").choices(["table", "csv"]).default("table"))
    .option("--debug", "print stack traces of errors")
    .addHelpText("after", `\nExample:\n  ${EXAMPLES[name] ?? `labour-left ${name}`}`)
    .action(async (...received: unknown[]) => {
      const self = received.at(-1) as Command;
      const options = self.opts<Record<string, string | undefined> & OutputFlags>();
      try {
        report(await action(self.args, options), options);
      } catch (error) {
        if (error instanceof CliError && error.exitCode === 2) error.usage = self.helpInformation();
        throw error;
      }
    });
  return command;
}

function declareProgram(report: (result: CommandResult, flags: OutputFlags) => void): Command {
  const program = new Command("labour-left")
    .description("Ask the Labour Left Data dataset questions, and check your own data against its schema.")
    .version(
      `labour-left ${cliVersion}\n@labour-left/data ${dataset.version}`,
      "-v, --version",
      "print the CLI's and the data's versions",
    )
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const on = (spec: string, description: string, action: Parameters<typeof declare>[3]): Command =>
    declare(program, spec, description, action, report);

  on("groups", "list the groups and other organizations", async () => (await import("./commands/groups")).groups());
  on("group <id>", "one group, with its statements by kind and their source locators", async ([id = ""]) =>
    (await import("./commands/group")).group(id),
  );
  on("members <group>", "members of a group", async ([group = ""], options) =>
    (await import("./commands/members")).members(group, options.on === undefined ? {} : { on: options.on }),
  ).option("--on <date>", "only members the sources show on this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  on("person <idOrName>", "one person: names, identifiers, memberships and roles", async ([id = ""]) =>
    (await import("./commands/person")).person(id),
  );
  on("places", "NELL's regions and the constituencies", async (_args, options) =>
    (await import("./commands/places")).places(options.region === undefined ? {} : { region: options.region }),
  ).option("--region <region>", "only the constituencies of this region");
  on("place <idNameOrCode>", "one place, by id, name or GSS code", async ([id = ""]) =>
    (await import("./commands/place")).place(id),
  );
  on("statements", "priorities, rights, aims, campaigns and quotations", async (_args, options) =>
    (await import("./commands/statements")).statements(
      Object.fromEntries(
        Object.entries({ group: options.group, kind: options.kind, topic: options.topic }).filter(
          ([, value]) => value !== undefined,
        ),
      ),
    ),
  )
    .option("--group <group>", "only this group's")
    .option("--kind <kind>", "only this kind: priority, right, aim, campaign-description, quotation")
    .option("--topic <topic>", "only this topic");
  on("events", "list the events", async () => (await import("./commands/events")).events());
  on("event <id>", "one event, with its speakers and their roles", async ([id = ""]) =>
    (await import("./commands/event")).event(id),
  );
  on("sources", "the article and the reference datasets", async () => (await import("./commands/sources")).sources());
  on("errata", "where the source is wrong, with the evidence", async () =>
    (await import("./commands/errata")).errata(),
  );
  on(
    "search <text>",
    "people, groups, places and statements (ignores case and accents; forgives small typos)",
    async ([text = ""]) => (await import("./commands/search")).search(text),
  );
  on("validate <file>", "check a JSON dataset against the schema; exit 0 when valid, 1 when not", async ([file = ""]) =>
    (await import("./commands/validate")).validate(file),
  );
  on(
    "diff <old> <new>",
    "records added, removed and changed between two dataset files",
    async ([oldFile = "", newFile = ""]) => (await import("./commands/diff")).diff(oldFile, newFile),
  );
  program
    .command("export")
    .description("write the exports (same options as labour-left-export; see labour-left export --help)");
  return program;
}

/** Runs the CLI and returns the exit code; the bin is the only caller of process.exit. */
export async function run(argv: readonly string[]): Promise<number> {
  if (argv[0] === "export") return (await import("@labour-left/exporter")).run(argv.slice(1));
  let exitCode = 0;
  let debug = argv.includes("--debug");
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const program = declareProgram((result, flags) => {
    debug = Boolean(flags.debug);
    if (flags.format === "csv" && !result.table)
      throw new CliError("this command's output is not a table; use --json instead of --format csv", 2);
    process.stdout.write(renderResult(result, { json: Boolean(flags.json), format: flags.format ?? "table", color }));
    exitCode = result.exitCode ?? 0;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const known = error instanceof CliError || (error instanceof Error && error.name === "ExportError");
    process.stderr.write(`labour-left: ${error instanceof Error ? error.message : String(error)}\n`);
    for (const detail of (error as { details?: readonly string[] }).details ?? [])
      process.stderr.write(`  ${detail}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    if (!known && !debug) process.stderr.write("(run again with --debug to see where it failed)\n");
    if (error instanceof CliError && error.usage) process.stderr.write(`\n${error.usage}`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
