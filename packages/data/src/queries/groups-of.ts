import type { PersonId } from "../ids";
import type { Organization } from "../schemas/organization";
import { membershipsByPerson, organizationsById } from "./_indexes";
import { membershipHoldsOn } from "./holds-on";

/**
 * The groups and other organizations a person is a member of; with `on`, only those the sources show on that date.
 * @example groupsOf("jeremy-corbyn").map((group) => group.id) // ["scg-mps"]
 */
export function groupsOf(personId: PersonId, options: { on?: string } = {}): Organization[] {
  const organizations = organizationsById();
  const found = new Map<string, Organization>();
  for (const membership of membershipsByPerson().get(personId) ?? []) {
    if (options.on !== undefined && !membershipHoldsOn(membership, options.on)) continue;
    const organization = organizations.get(membership.organizationId);
    if (organization) found.set(organization.id, organization);
  }
  return [...found.values()];
}
