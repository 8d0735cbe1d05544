import { areas, organizations, people } from "../collections";
import type { Area } from "../schemas/area";
import type { IdentifierScheme } from "../schemas/identifier";
import type { Organization } from "../schemas/organization";
import type { Person } from "../schemas/person";
import { lazy } from "./_lazy";

export type IdentifiedRecord =
  | { readonly collection: "people"; readonly record: Person }
  | { readonly collection: "organizations"; readonly record: Organization }
  | { readonly collection: "areas"; readonly record: Area };

const byIdentifier = /* @__PURE__ */ lazy(() => {
  const index = new Map<string, IdentifiedRecord>();
  const add = (entry: IdentifiedRecord): void => {
    for (const { scheme, identifier } of entry.record.identifiers) index.set(`${scheme}:${identifier}`, entry);
  };
  for (const record of people) add({ collection: "people", record });
  for (const record of organizations) add({ collection: "organizations", record });
  for (const record of areas) add({ collection: "areas", record });
  return index;
});

/**
 * The person, organization or area that another dataset knows by this identifier.
 * @example findByIdentifier("wikidata", "Q153454")?.record.id // "diane-abbott"
 * @example findByIdentifier("gss", "E14000641")?.record.name // "City of Durham"
 */
export function findByIdentifier(scheme: IdentifierScheme, identifier: string): IdentifiedRecord | undefined {
  return byIdentifier().get(`${scheme}:${identifier.trim()}`);
}
