import type { Area } from "../schemas/area";
import type { Candidacy } from "../schemas/candidacy";
import type { Contest } from "../schemas/contest";
import type { CollectionName, Erratum } from "../schemas/erratum";
import type { Event } from "../schemas/event";
import type { Membership } from "../schemas/membership";
import type { NotionalResult } from "../schemas/notional-result";
import type { Organization } from "../schemas/organization";
import type { Post } from "../schemas/post";
import type { SourceRef } from "../schemas/provenance";
import type { Source } from "../schemas/source";
import type { Statement } from "../schemas/statement";
import type { AnyRecord } from "./_context";

/**
 * What one record says about others, as a flat list of tuples (a kind, then its values) in the order the
 * reference and provenance checks take them. It is plain data, cheap to pass between threads: the record is
 * read where it was parsed, and only its links go to the thread that knows every id.
 * Paths are relative to the record, written `participants.3.personId`.
 */
export type RecordLinks = unknown[];

export const LINK = {
  /** target collection, id, path: the id must exist in the target. */
  reference: 0,
  /** post id, organization id: a post and the organization it belongs to. */
  post: 1,
  /** post id, organization id: a membership's post must belong to the membership's organization. */
  postOwner: 2,
  /** subject collection, subject id, field, the source's words: an erratum, checked when its subject passes. */
  erratum: 3,
  /** field, the value the record keeps there: for an erratum naming this record. */
  subject: 4,
  /** source id, kind: a source that citations name. */
  source: 5,
  /** source id, whether it has a locator (1 or 0), path of the citation list, position: a citation. */
  citation: 6,
  /** path of the citation list, position, field: a citation names a field the record lacks. */
  missingField: 7,
} as const;

/** Errata subjects still waiting for their record: `collection \u0000 id` -> the fields the errata name. */
export type ErrataSubjects = ReadonlyMap<string, readonly string[]>;

export const subjectKey = (collection: string, id: string): string => `${collection}\u0000${id}`;

/** `participants[7].introducedAs` or `participants.7.introducedAs` -> `["participants", 7, "introducedAs"]` */
export function parseFieldPath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part): part is string => part !== undefined && part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Where a record is: its collection and index. */
export interface RecordAt {
  readonly collection: CollectionName;
  readonly index: number;
}

/** A record's path and a path relative to it: `events[2]` + `participants.3.personId`. */
export const pathWithin = ({ collection, index }: RecordAt, relative: string): (string | number)[] => [
  collection,
  index,
  ...parseFieldPath(relative),
];

function readPath(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function pushReference(links: RecordLinks, target: CollectionName, id: string | undefined, path: string): void {
  if (id !== undefined) links.push(LINK.reference, target, id, path);
}

function referencesOf(collection: CollectionName, record: AnyRecord, links: RecordLinks): void {
  switch (collection) {
    case "organizations": {
      const organization = record as Organization;
      pushReference(links, "organizations", organization.partyId, "partyId");
      organization.coverage?.regionIds.forEach((id, at) =>
        pushReference(links, "areas", id, `coverage.regionIds.${at}`),
      );
      break;
    }
    case "areas": {
      const area = record as Area;
      pushReference(links, "areas", area.parentId, "parentId");
      area.overlaps?.forEach((overlap, at) =>
        pushReference(links, "areas", overlap.fromAreaId, `overlaps.${at}.fromAreaId`),
      );
      break;
    }
    case "posts": {
      const post = record as Post;
      pushReference(links, "organizations", post.organizationId, "organizationId");
      pushReference(links, "areas", post.areaId, "areaId");
      links.push(LINK.post, post.id, post.organizationId);
      break;
    }
    case "memberships": {
      const membership = record as Membership;
      pushReference(links, "people", membership.personId, "personId");
      pushReference(links, "organizations", membership.organizationId, "organizationId");
      pushReference(links, "posts", membership.postId, "postId");
      pushReference(links, "events", membership.legislativePeriodId, "legislativePeriodId");
      if (membership.postId !== undefined) links.push(LINK.postOwner, membership.postId, membership.organizationId);
      break;
    }
    case "events": {
      const event = record as Event;
      pushReference(links, "organizations", event.organizationId, "organizationId");
      event.participants.forEach((participant, at) =>
        pushReference(links, "people", participant.personId, `participants.${at}.personId`),
      );
      break;
    }
    case "statements": {
      const statement = record as Statement;
      pushReference(links, "organizations", statement.authorOrganizationId, "authorOrganizationId");
      pushReference(links, "people", statement.authorPersonId, "authorPersonId");
      pushReference(links, "sources", statement.authorSourceId, "authorSourceId");
      statement.aboutOrganizationIds?.forEach((id, at) =>
        pushReference(links, "organizations", id, `aboutOrganizationIds.${at}`),
      );
      break;
    }
    case "contests": {
      const contest = record as Contest;
      pushReference(links, "organizations", contest.organizationId, "organizationId");
      pushReference(links, "areas", contest.areaId, "areaId");
      pushReference(links, "events", contest.legislativePeriodId, "legislativePeriodId");
      break;
    }
    case "notionalResults": {
      const result = record as NotionalResult;
      pushReference(links, "areas", result.areaId, "areaId");
      result.results.forEach((votes, at) =>
        pushReference(links, "organizations", votes.partyId, `results.${at}.partyId`),
      );
      break;
    }
    case "candidacies": {
      const candidacy = record as Candidacy;
      pushReference(links, "contests", candidacy.contestId, "contestId");
      pushReference(links, "people", candidacy.personId, "personId");
      pushReference(links, "organizations", candidacy.organizationId, "organizationId");
      pushReference(links, "areas", candidacy.areaId, "areaId");
      pushReference(links, "organizations", candidacy.partyId, "partyId");
      pushReference(links, "organizations", candidacy.adjunctPartyId, "adjunctPartyId");
      break;
    }
    case "errata": {
      const { sourceId, subject, sourceSays } = record as Erratum;
      pushReference(links, "sources", sourceId, "sourceId");
      pushReference(links, subject.collection, subject.id, "subject.id");
      links.push(LINK.erratum, subject.collection, subject.id, subject.field, sourceSays);
      break;
    }
  }
}

function citationsOf(record: AnyRecord, links: RecordLinks): void {
  const cite = (refs: readonly SourceRef[], path: string, topLevel: boolean): void => {
    refs.forEach((ref, at) => {
      links.push(LINK.citation, ref.sourceId, ref.locator === undefined ? 0 : 1, path, at);
      // Only the record's own sources name its fields.
      for (const field of topLevel ? (ref.fields ?? []) : []) {
        if (!Object.hasOwn(record, field)) links.push(LINK.missingField, path, at, field);
      }
    });
  };
  if (Array.isArray(record.sources)) cite(record.sources, "sources", true);
  if (Array.isArray(record.evidence)) cite(record.evidence, "evidence", false);
  for (const key of ["identifiers", "otherNames", "participants"] as const) {
    const parts = record[key];
    if (!Array.isArray(parts)) continue;
    parts.forEach((part: { sources: readonly SourceRef[] }, at) => cite(part.sources, `${key}.${at}.sources`, false));
  }
  const speech = record.maidenSpeech as { sources?: readonly SourceRef[] } | undefined;
  if (Array.isArray(speech?.sources)) cite(speech.sources, "maidenSpeech.sources", false);
}

/**
 * The links of a record whose shape is valid: its references, what the errata waiting for it need to see,
 * then its citations.
 */
export function collectLinks(collection: CollectionName, record: AnyRecord, subjects: ErrataSubjects): RecordLinks {
  const links: RecordLinks = [];
  referencesOf(collection, record, links);
  if (typeof record.id === "string") {
    const fields = subjects.size > 0 ? (subjects.get(subjectKey(collection, record.id)) ?? []) : [];
    // An erratum about itself waits for no later record: it is its own subject.
    const { subject } = record as Partial<Erratum>;
    const own = collection === "errata" && subject?.collection === "errata" && subject.id === record.id;
    for (const field of own && subject ? [...fields, subject.field] : fields) {
      links.push(LINK.subject, field, readPath(record, parseFieldPath(field)));
    }
  }
  if (collection === "sources") links.push(LINK.source, (record as Source).id, (record as Source).kind);
  citationsOf(record, links);
  return links;
}
