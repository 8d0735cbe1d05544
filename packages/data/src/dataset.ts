import { version } from "../package.json";
import { areas, errata, events, memberships, organizations, people, posts, sources, statements } from "./collections";
import type { Dataset } from "./schemas/dataset";

/** Every collection, the sources, and `version`, which equals the package version. */
export const dataset: Dataset = {
  version,
  sources: [...sources],
  organizations: [...organizations],
  people: [...people],
  memberships: [...memberships],
  posts: [...posts],
  areas: [...areas],
  events: [...events],
  statements: [...statements],
  errata: [...errata],
};
