import type { CollectionName } from "../schemas/erratum";
import type { Source } from "../schemas/source";
import type { ProvenanceChecks } from "./provenance";
import { LINK, type RecordAt, type RecordLinks } from "./record-links";
import type { ReferenceChecks } from "./references";

/** Hands each of a record's links to the check it belongs to, in order. */
export function resolveLinks(
  collection: CollectionName,
  index: number,
  id: string | undefined,
  links: RecordLinks,
  references: ReferenceChecks,
  provenance: ProvenanceChecks,
): void {
  // The record's path is made only for a problem: most records have none.
  const record: RecordAt = { collection, index };
  let at = 0;
  while (at < links.length) {
    switch (links[at]) {
      case LINK.reference:
        references.expect(links[at + 1] as CollectionName, links[at + 2] as string, record, links[at + 3] as string);
        at += 4;
        break;
      case LINK.post:
        references.addPost(links[at + 1] as string, links[at + 2] as string);
        at += 3;
        break;
      case LINK.postOwner:
        references.expectPostOwner(links[at + 1] as string, links[at + 2] as string, record);
        at += 3;
        break;
      case LINK.erratum:
        references.addErratum(
          index,
          links[at + 1] as string,
          links[at + 2] as string,
          links[at + 3] as string,
          links[at + 4] as string,
        );
        at += 5;
        break;
      case LINK.subject: {
        // The fields of one record that errata name come together.
        const kept = new Map<string, unknown>();
        for (; links[at] === LINK.subject; at += 3) kept.set(links[at + 1] as string, links[at + 2]);
        references.checkSubject(collection, id as string, kept);
        break;
      }
      case LINK.source:
        provenance.addSource(links[at + 1] as string, links[at + 2] as Source["kind"]);
        at += 3;
        break;
      case LINK.citation:
        provenance.expectSource(
          links[at + 1] as string,
          links[at + 2] === 1,
          record,
          links[at + 3] as string,
          links[at + 4] as number,
        );
        at += 5;
        break;
      case LINK.missingField:
        provenance.reportMissingField(
          record,
          links[at + 1] as string,
          links[at + 2] as number,
          links[at + 3] as string,
        );
        at += 4;
        break;
      default:
        throw new Error(`unknown link kind ${String(links[at])} at ${at}`);
    }
  }
}
