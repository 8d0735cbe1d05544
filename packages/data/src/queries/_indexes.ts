import { COLLECTION_FILES, collection, recordFile } from "../collections";
import type { RecordFileName } from "../records/_load";
import type { Area, AreaOverlap, Dataset, Membership, Statement } from "../types/bundled";
import type { CollectionName } from "../vocabulary";
import { lazy } from "./_lazy";

/** Another area, and how it overlaps the one asked about. */
export interface AreaWithOverlap {
  readonly area: Area;
  readonly overlap: AreaOverlap;
}

type Item<Name extends CollectionName> = Dataset[Name][number];

/** A collection's records by id. */
export interface IdLookup<T> {
  get(id: string): T | undefined;
}

/**
 * Records by id, with a map for each record file of the collection, made when a lookup first reaches that file: a
 * lookup tries the files in the collection's order and stops at the first that has the id, so that finding a group
 * by its id reads the groups' file and never the parties'.
 */
function byId<Name extends CollectionName>(name: Name): () => IdLookup<Item<Name>> {
  return lazy(() => {
    const maps = new Map<RecordFileName, ReadonlyMap<string, Item<Name>>>();
    const mapOf = (file: RecordFileName): ReadonlyMap<string, Item<Name>> => {
      let map = maps.get(file);
      if (map === undefined) {
        map = new Map((recordFile(file) as readonly Item<Name>[]).map((record) => [record.id, record]));
        maps.set(file, map);
      }
      return map;
    };
    return {
      get(id) {
        for (const file of COLLECTION_FILES[name]) {
          const record = mapOf(file).get(id);
          if (record !== undefined) return record;
        }
        return undefined;
      },
    };
  });
}

/** Records by a key of theirs, in their order; a record without the key is left out. */
function grouped<T>(
  records: readonly T[],
  keyOf: (record: T) => string | undefined,
): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return groups;
}

function groupBy<Name extends CollectionName>(
  name: Name,
  keyOf: (record: Item<Name>) => string | undefined,
): () => ReadonlyMap<string, readonly Item<Name>[]> {
  return lazy(() => grouped(collection(name) as readonly Item<Name>[], keyOf));
}

// One export per index, so that a bundle keeps only the indexes (and the records) its queries use.
export const sourcesById = /* @__PURE__ */ byId("sources");
export const organizationsById = /* @__PURE__ */ byId("organizations");
export const peopleById = /* @__PURE__ */ byId("people");
export const membershipsById = /* @__PURE__ */ byId("memberships");
export const postsById = /* @__PURE__ */ byId("posts");
export const areasById = /* @__PURE__ */ byId("areas");
export const eventsById = /* @__PURE__ */ byId("events");
export const statementsById = /* @__PURE__ */ byId("statements");
export const errataById = /* @__PURE__ */ byId("errata");
export const membershipsByOrganization = /* @__PURE__ */ groupBy(
  "memberships",
  (membership) => membership.organizationId,
);

/** The organization whose memberships (the seats won at elections) have a record file of their own. */
export const COMMONS_ID = "house-of-commons";

/** Memberships of the groups, by organization: without the Commons seats, whose file is then not read. */
const groupMembershipsByOrganization = /* @__PURE__ */ lazy(() =>
  grouped(recordFile("memberships") as readonly Membership[], (membership) => membership.organizationId),
);

/** One organization's memberships, in the collection's order, reading the Commons seats only for the Commons. */
export function membershipsOfOrganization(organizationId: string): readonly Membership[] {
  const index = organizationId === COMMONS_ID ? membershipsByOrganization() : groupMembershipsByOrganization();
  return index.get(organizationId) ?? [];
}
export const membershipsByPerson = /* @__PURE__ */ groupBy("memberships", (membership) => membership.personId);
export const statementsByOrganization = /* @__PURE__ */ groupBy(
  "statements",
  (statement) => statement.authorOrganizationId,
);
export const statementsByPerson = /* @__PURE__ */ groupBy("statements", (statement) => statement.authorPersonId);
export const areasByParent = /* @__PURE__ */ groupBy("areas", (area) => area.parentId);
export const postsByArea = /* @__PURE__ */ groupBy("posts", (post) => post.areaId);
export const membershipsByPost = /* @__PURE__ */ groupBy("memberships", (membership) => membership.postId);
export const candidaciesById = /* @__PURE__ */ byId("candidacies");
export const candidaciesByPerson = /* @__PURE__ */ groupBy("candidacies", (candidacy) => candidacy.personId);
export const candidaciesByArea = /* @__PURE__ */ groupBy("candidacies", (candidacy) => candidacy.areaId);
export const candidaciesByContest = /* @__PURE__ */ groupBy("candidacies", (candidacy) => candidacy.contestId);
export const contestsById = /* @__PURE__ */ byId("contests");
export const contestsByArea = /* @__PURE__ */ groupBy("contests", (contest) => contest.areaId);
export const notionalResultsByArea = /* @__PURE__ */ groupBy("notionalResults", (result) => result.areaId);
/** 2010-2024 constituency id -> the 2024 constituencies that overlap it, with the overlap. */
export const overlapsByOlderArea = /* @__PURE__ */ lazy(() => {
  const found = new Map<string, AreaWithOverlap[]>();
  for (const area of collection("areas")) {
    for (const overlap of area.overlaps ?? []) {
      found.set(overlap.fromAreaId, [...(found.get(overlap.fromAreaId) ?? []), { area, overlap }]);
    }
  }
  return found as ReadonlyMap<string, readonly AreaWithOverlap[]>;
});
export const statementsByOrganizationDescribed = /* @__PURE__ */ lazy(() => {
  const groups = new Map<string, Statement[]>();
  for (const statement of collection("statements")) {
    for (const id of statement.aboutOrganizationIds ?? []) groups.set(id, [...(groups.get(id) ?? []), statement]);
  }
  return groups as ReadonlyMap<string, readonly Statement[]>;
});
