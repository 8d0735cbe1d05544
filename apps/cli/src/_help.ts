import { COMMANDS } from "./_commands";
import { type CommandSpec, type OptionSpec, optionsOf } from "./_spec";

const optionLabel = (option: OptionSpec): string =>
  `${option.short ? `-${option.short}, ` : ""}--${option.name}${option.value ? ` ${option.value}` : ""}`;

function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

export function commandUsage(command: CommandSpec): string {
  return `Usage: labour-left ${command.name} [options]${command.args.map((arg) => ` <${arg}>`).join("")}`;
}

/** A command's help, generated from its declaration. */
export function commandHelp(command: CommandSpec): string {
  const options = optionsOf(command).map(
    (option) =>
      [
        optionLabel(option),
        `${option.description}${option.choices ? ` (${option.choices.join(" or ")})` : ""}`,
      ] as const,
  );
  return [
    commandUsage(command),
    "",
    command.description,
    "",
    "Options:",
    ...columns(options),
    "",
    "Example:",
    `  ${command.example}`,
    "",
  ].join("\n");
}

/** The program's help: every command, then the export command. */
export function programHelp(): string {
  const commands = [
    ...COMMANDS.map(
      (command) => [`${command.name}${command.args.map((arg) => ` <${arg}>`).join("")}`, command.description] as const,
    ),
    ["export", "write the exports (see labour-left export --help)"] as const,
    ["help [command]", "show help for a command"] as const,
  ];
  return [
    "Usage: labour-left <command> [options]",
    "",
    "Ask the Labour Left Data dataset questions, and check your own data against its schema.",
    "",
    "Options:",
    ...columns([
      ["-v, --version", "print the CLI's and the data's versions"],
      ["-h, --help", "show this help"],
    ]),
    "",
    "Commands:",
    ...columns(commands),
    "",
    "Every command takes --json (errors too, as JSON on stderr), --debug and --help; commands that print a table take",
    "--format csv.",
    "",
  ].join("\n");
}
