import { dataset, foldName, membersOf } from "@labour-left/data";
import { CANDIDACY_COLUMNS, candidacyRow } from "../_candidacy-rows";
import { parseElection } from "../_elections";
import { findGroup, findPerson, findPlace } from "../_lookup";
import type { CommandResult } from "../_result";

interface CandidacyOptions {
  readonly person?: string;
  readonly place?: string;
  readonly election?: string;
  readonly group?: string;
}

/**
 * Candidacies (every candidate of every contest), narrowed to one person's, a group's members', one constituency's or
 * one election's (a year or a polling day). A place of two boundaries is the one in force at that election.
 */
export function candidacies(options: CandidacyOptions): CommandResult {
  const election = options.election === undefined ? undefined : parseElection(options.election);
  const personId = options.person === undefined ? undefined : findPerson(options.person).id;
  const members =
    options.group === undefined
      ? undefined
      : new Set<string>(membersOf(findGroup(options.group).id).map(({ person }) => person.id));
  const area = options.place === undefined ? undefined : findPlace(options.place, election ? { on: election.day } : {});
  // Without an election, a name stands for its constituencies of every boundaries.
  const areaIds =
    area === undefined
      ? undefined
      : new Set<string>(
          election
            ? [area.id]
            : dataset.areas.filter((each) => foldName(each.name) === foldName(area.name)).map((each) => each.id),
        );
  const found = dataset.candidacies.filter(
    (candidacy) =>
      (personId === undefined || candidacy.personId === personId) &&
      (members === undefined || (candidacy.personId !== undefined && members.has(candidacy.personId))) &&
      (areaIds === undefined || areaIds.has(candidacy.areaId)) &&
      (election === undefined || election.matches(candidacy.electionDate)),
  );
  return {
    json: found,
    lines: [
      "The party is the one each candidate stood for on that polling day, as the UK Parliament's results give it.",
    ],
    table: {
      columns: ["candidate", "personId", ...CANDIDACY_COLUMNS],
      rows: found.map((candidacy) => [candidacy.name, candidacy.personId, ...candidacyRow(candidacy)]),
    },
  };
}
