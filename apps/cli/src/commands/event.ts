import { dataset, getPerson } from "@labour-left/data";
import { notFound } from "../_closest";
import { CliError } from "../_errors";
import type { CommandResult } from "../_result";

/** One event, with its speakers and the roles the source introduces them by. */
export function event(id: string): CommandResult {
  const found = dataset.events.find((candidate) => candidate.id === id);
  if (!found)
    throw new CliError(
      notFound(
        "event",
        id,
        dataset.events.map((candidate) => candidate.id),
      ),
    );
  if (found.classification === "legislative-period") {
    return {
      json: found,
      lines: [
        found.name,
        `id: ${found.id}`,
        `summoned: ${found.startDate}`,
        ...(found.stateOpeningDate ? [`state opening: ${found.stateOpeningDate}`] : []),
        `dissolved: ${found.endDate ?? "no dissolution in the sources"}`,
        `legislature: ${found.organizationId}`,
      ],
    };
  }
  return {
    json: found,
    lines: [
      found.name,
      `id: ${found.id}`,
      `date: ${found.startDate}${found.endDate ? ` to ${found.endDate}` : ""}`,
      `organized by: ${found.organizationId}`,
      ...(found.participantsComplete ? [] : ["the source names only some of the speakers"]),
    ],
    sections: [
      {
        title: "speakers",
        table: {
          columns: ["personId", "name", "introduced as"],
          rows: found.participants.map((participant) => [
            participant.personId,
            getPerson(participant.personId)?.name,
            participant.introducedAs,
          ]),
        },
      },
    ],
  };
}
