import { dataset } from "@labour-left/data";
import type { CommandResult } from "../_result";

export function events(): CommandResult {
  const rows = dataset.events.map((event) => ({
    id: event.id,
    name: event.name,
    startDate: event.startDate,
    organizationId: event.organizationId,
    speakers: event.participants.length,
  }));
  return {
    json: rows,
    table: {
      columns: ["id", "name", "startDate", "organizationId", "speakers"],
      rows: rows.map((row) => Object.values(row)),
    },
  };
}
