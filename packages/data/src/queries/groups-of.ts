import type { PersonId } from "../ids";
import type { Organization } from "../types/bundled";
import { checkedDate } from "./_checked-date";
import { membershipsByPerson, organizationsById } from "./_indexes";
import { membershipHoldsOn } from "./holds-on";

/**
 * The groups and other organizations a person is a member of; with `on`, only those the sources show on that date.
 * @example groupsOf("jeremy-corbyn", { on: "2020-09-21" }).map((group) => group.id) // ["scg-mps", "house-of-commons"]
 * @throws RangeError when `on` is not a date such as 2020, 2020-09 or 2020-09-21
 */
export function groupsOf(personId: PersonId, options: { on?: string } = {}): Organization[] {
  const organizations = organizationsById();
  const found = new Map<string, Organization>();
  const on = options.on === undefined ? undefined : checkedDate(options.on, "on");
  for (const membership of membershipsByPerson().get(personId) ?? []) {
    if (on !== undefined && !membershipHoldsOn(membership, on)) continue;
    const organization = organizations.get(membership.organizationId);
    if (organization) found.set(organization.id, organization);
  }
  return [...found.values()];
}
