import { dataset } from "@labour-left/data";
import { formatLocator } from "../_format";
import type { CommandResult } from "../_result";

/** Where the source is wrong: its words, the correction, and the evidence. */
export function errata(): CommandResult {
  return {
    json: dataset.errata,
    table: {
      columns: ["id", "where", "source says", "correction", "evidence"],
      rows: dataset.errata.map((erratum) => [
        erratum.id,
        formatLocator(erratum.locator),
        erratum.sourceSays,
        erratum.correction,
        erratum.evidence.map((evidence) => evidence.sourceId).join("; "),
      ]),
    },
  };
}
