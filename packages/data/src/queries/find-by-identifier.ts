import { collection } from "../collections";
import type { Area, IdentifierScheme, Organization, Person } from "../types/bundled";
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
  for (const record of collection("people")) add({ collection: "people", record });
  for (const record of collection("organizations")) add({ collection: "organizations", record });
  for (const record of collection("areas")) add({ collection: "areas", record });
  return index;
});

/**
 * The person, organization or area that another dataset knows by this identifier.
 * @example findByIdentifier("wikidata", "Q153454")?.record.id // "diane-abbott"
 * @example findByIdentifier("gss", "E14000641")?.record.name // "City of Durham"
 * @example findByIdentifier("wikidata", "q153454")?.record.id // "diane-abbott"
 */
export function findByIdentifier(scheme: IdentifierScheme, identifier: string): IdentifiedRecord | undefined {
  return byIdentifier().get(`${scheme}:${canonicalIdentifier(scheme, identifier)}`);
}

// Schemes whose identifiers are the same in any case: a QID (q153454 is Q153454) and a GSS code.
const CASE_INSENSITIVE: ReadonlySet<IdentifierScheme> = new Set(["wikidata", "gss"]);

const canonicalIdentifier = (scheme: IdentifierScheme, identifier: string): string =>
  CASE_INSENSITIVE.has(scheme) ? identifier.trim().toUpperCase() : identifier.trim();

/**
 * Every record that any identifier scheme knows by this identifier, ignoring case where the scheme does:
 * `172` may be a UK Parliament member id and a TheyWorkForYou id at once.
 * @example findByAnyIdentifier("q153454").map((found) => found.record.id) // ["diane-abbott"]
 */
export function findByAnyIdentifier(identifier: string): IdentifiedRecord[] {
  const found: IdentifiedRecord[] = [];
  for (const scheme of SCHEMES) {
    const entry = findByIdentifier(scheme, identifier);
    if (entry !== undefined && !found.some((other) => other.record === entry.record)) found.push(entry);
  }
  return found;
}

const SCHEMES: readonly IdentifierScheme[] = ["uk-parliament", "theyworkforyou", "wikidata", "gss"];
