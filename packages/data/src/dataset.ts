import { version } from "../package.json";
import { collection } from "./collections";
import type { Dataset } from "./types/bundled";

/**
 * Every collection, the sources, and `version`, which equals the package version. Each collection is read the first
 * time it is asked for (`dataset.people`), so that importing the package costs next to nothing.
 */
export const dataset: Dataset = /* @__PURE__ */ Object.freeze({
  version,
  get sources() {
    return collection("sources");
  },
  get organizations() {
    return collection("organizations");
  },
  get people() {
    return collection("people");
  },
  get memberships() {
    return collection("memberships");
  },
  get posts() {
    return collection("posts");
  },
  get areas() {
    return collection("areas");
  },
  get events() {
    return collection("events");
  },
  get statements() {
    return collection("statements");
  },
  get contests() {
    return collection("contests");
  },
  get candidacies() {
    return collection("candidacies");
  },
  get notionalResults() {
    return collection("notionalResults");
  },
  get errata() {
    return collection("errata");
  },
});
