import { dataset } from "@labour-left/data";
import { CANDIDACY_COLUMNS, candidacyRow } from "../_candidacy-rows";
import { CliError } from "../_errors";
import { findPerson, findPlace } from "../_lookup";
import type { CommandResult } from "../_result";

const POLLING_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Candidacies (every candidate of every contest), optionally of one person, in one constituency or at one election. */
export function candidacies(options: { person?: string; place?: string; election?: string }): CommandResult {
  if (options.election !== undefined && !POLLING_DAY.test(options.election))
    throw new CliError(`--election expects a polling day as YYYY-MM-DD; received '${options.election}'`, 2);
  const personId = options.person === undefined ? undefined : findPerson(options.person).id;
  const areaId = options.place === undefined ? undefined : findPlace(options.place).id;
  const found = dataset.candidacies.filter(
    (candidacy) =>
      (personId === undefined || candidacy.personId === personId) &&
      (areaId === undefined || candidacy.areaId === areaId) &&
      (options.election === undefined || candidacy.electionDate === options.election),
  );
  return {
    json: found,
    lines: ["The party is the one each person stood for on that polling day, as the UK Parliament's results give it."],
    table: {
      columns: ["candidate", ...CANDIDACY_COLUMNS],
      rows: found.map((candidacy) => [candidacy.name, ...candidacyRow(candidacy)]),
    },
  };
}
