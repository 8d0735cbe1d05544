import { version } from "../package.json";
import {
  areas,
  candidacies,
  contests,
  errata,
  events,
  memberships,
  notionalResults,
  organizations,
  people,
  posts,
  sources,
  statements,
} from "./collections";
import type { Dataset } from "./types/records";

// The collections themselves, frozen as they are: the dataset holds no copies.
function buildDataset(): Dataset {
  return Object.freeze({
    version,
    sources,
    organizations,
    people,
    memberships,
    posts,
    areas,
    events,
    statements,
    contests,
    candidacies,
    notionalResults,
    errata,
  });
}

/** Every collection, the sources, and `version`, which equals the package version. */
export const dataset: Dataset = /* @__PURE__ */ buildDataset();
