import { loadCommand } from "./_load-command";
import type { CommandSpec } from "./_spec";

const defined = (
  options: Readonly<Record<string, string | undefined>>,
  names: readonly string[],
): Record<string, string> =>
  Object.fromEntries(names.flatMap((name) => (options[name] === undefined ? [] : [[name, options[name] as string]])));

/** Every command, with its arguments, options and example; each loads its code only when it runs. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "groups",
    tabular: true,
    args: [],
    description: "list the groups and other organizations",
    example: "labour-left groups",
    options: [],
    run: async () => loadCommand<typeof import("./commands/groups")>("groups").groups(),
  },
  {
    name: "group",
    args: ["id"],
    description: "one group, with its statements by kind and their source locators",
    example: "labour-left group nell",
    options: [],
    run: async ([id = ""]) => loadCommand<typeof import("./commands/group")>("group").group(id),
  },
  {
    name: "members",
    tabular: true,
    args: ["group"],
    description: "members of a group",
    example: "labour-left members scg-mps --on 2020-09-21 --format csv",
    options: [
      {
        name: "on",
        value: "<date>",
        description: "only members the sources show on this date (YYYY, YYYY-MM or YYYY-MM-DD)",
      },
    ],
    run: async ([group = ""], options) =>
      loadCommand<typeof import("./commands/members")>("members").members(group, defined(options, ["on"])),
  },
  {
    name: "person",
    args: ["idOrName"],
    description: "one person: names, identifiers, memberships, candidacies and roles",
    example: 'labour-left person "Diane Abbott"',
    options: [],
    run: async ([id = ""]) => loadCommand<typeof import("./commands/person")>("person").person(id),
  },
  {
    name: "candidacies",
    tabular: true,
    args: [],
    description:
      "candidacies 2010-2024, every candidate of every contest: constituency, party stood for, votes and result",
    example: "labour-left candidacies --group scg-mps --election 2024",
    options: [
      { name: "person", value: "<idOrName>", description: "only this person's" },
      { name: "group", value: "<idOrName>", description: "only those of this group's members" },
      { name: "place", value: "<idNameOrCode>", description: "only in this constituency" },
      {
        name: "election",
        value: "<yearOrDate>",
        description: "only at the elections of this year (2024) or this polling day (2024-07-04)",
      },
    ],
    run: async (_args, options) =>
      loadCommand<typeof import("./commands/candidacies")>("candidacies").candidacies(
        defined(options, ["person", "group", "place", "election"]),
      ),
  },
  {
    name: "results",
    tabular: true,
    args: ["constituency"],
    description: "a constituency's whole result: every candidate, votes, share, change, turnout and majority",
    example: "labour-left results Easington --election 2019",
    options: [
      {
        name: "election",
        value: "<yearOrDate>",
        description: "the election of this year (2019) or polling day (2019-12-12); the latest when not given",
      },
    ],
    run: async ([place = ""], options) =>
      loadCommand<typeof import("./commands/results")>("results").results(place, defined(options, ["election"])),
  },
  {
    name: "places",
    tabular: true,
    args: [],
    description: "NELL's regions and the constituencies",
    example: "labour-left places --region durham",
    options: [{ name: "region", value: "<region>", description: "only the constituencies of this region" }],
    run: async (_args, options) =>
      loadCommand<typeof import("./commands/places")>("places").places(defined(options, ["region"])),
  },
  {
    name: "place",
    args: ["idNameOrCode"],
    description: "one place, by id, name or GSS code",
    example: "labour-left place E14000641",
    options: [],
    run: async ([id = ""]) => loadCommand<typeof import("./commands/place")>("place").place(id),
  },
  {
    name: "statements",
    tabular: true,
    args: [],
    description: "priorities, rights, aims, campaigns and quotations",
    example: "labour-left statements --group nell --kind priority",
    options: [
      { name: "group", value: "<group>", description: "only this group's" },
      {
        name: "kind",
        value: "<kind>",
        description: "only this kind: priority, right, aim, campaign-description, group-description, quotation",
      },
      { name: "topic", value: "<topic>", description: "only this topic" },
    ],
    run: async (_args, options) =>
      loadCommand<typeof import("./commands/statements")>("statements").statements(
        defined(options, ["group", "kind", "topic"]),
      ),
  },
  {
    name: "events",
    tabular: true,
    args: [],
    description: "list the events",
    example: "labour-left events",
    options: [],
    run: async () => loadCommand<typeof import("./commands/events")>("events").events(),
  },
  {
    name: "event",
    args: ["id"],
    description: "one event, with its speakers and their roles",
    example: "labour-left event nell-inaugural-agm-2020",
    options: [],
    run: async ([id = ""]) => loadCommand<typeof import("./commands/event")>("event").event(id),
  },
  {
    name: "sources",
    tabular: true,
    args: [],
    description: "the article and the reference datasets",
    example: "labour-left sources --json",
    options: [],
    run: async () => loadCommand<typeof import("./commands/sources")>("sources").sources(),
  },
  {
    name: "errata",
    tabular: true,
    args: [],
    description: "where the source is wrong, with the evidence",
    example: "labour-left errata",
    options: [],
    run: async () => loadCommand<typeof import("./commands/errata")>("errata").errata(),
  },
  {
    name: "search",
    tabular: true,
    args: ["text"],
    description: "people, groups, places and statements (ignores case and accents; forgives small typos)",
    example: "labour-left search corbin",
    options: [],
    run: async ([text = ""]) => loadCommand<typeof import("./commands/search")>("search").search(text),
  },
  {
    name: "validate",
    args: ["file"],
    description: "check a JSON dataset (- reads standard input) against the schema; exit 0 when valid, 1 when not",
    example: "labour-left validate my-dataset.json",
    options: [],
    run: async ([file = ""]) => loadCommand<typeof import("./commands/validate")>("validate").validate(file),
  },
  {
    name: "diff",
    tabular: true,
    args: ["old", "new"],
    description: "records added, removed and changed between two dataset files (one may be -, standard input)",
    example: "labour-left diff old/dataset.json new/dataset.json",
    options: [],
    run: async ([oldFile = "", newFile = ""]) =>
      loadCommand<typeof import("./commands/diff")>("diff").diff(oldFile, newFile),
  },
];
