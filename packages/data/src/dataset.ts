import { version } from "../package.json";
import {
  areas,
  candidacies,
  errata,
  events,
  memberships,
  organizations,
  people,
  posts,
  sources,
  statements,
} from "./collections";
import type { Dataset } from "./schemas/dataset";

function buildDataset(): Dataset {
  return {
    version,
    sources: [...sources],
    organizations: [...organizations],
    people: [...people],
    memberships: [...memberships],
    posts: [...posts],
    areas: [...areas],
    events: [...events],
    statements: [...statements],
    candidacies: [...candidacies],
    errata: [...errata],
  };
}

/** Every collection, the sources, and `version`, which equals the package version. */
export const dataset: Dataset = /* @__PURE__ */ buildDataset();
