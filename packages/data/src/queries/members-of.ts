import type { OrganizationId } from "../ids";
import type { Membership, Person } from "../types/bundled";
import { checkedDate } from "./_checked-date";
import { membershipsOfOrganization, peopleById } from "./_indexes";
import { membershipHoldsOn } from "./holds-on";

export interface Member {
  readonly person: Person;
  readonly membership: Membership;
}

/**
 * The members of an organization, in the source's order; with `on`, only those the sources show holding on that date.
 * @example membersOf("scg-mps", { on: "2020-09-21" }).length // 34
 * @throws RangeError when `on` is not a date such as 2020, 2020-09 or 2020-09-21
 */
export function membersOf(organizationId: OrganizationId, options: { on?: string } = {}): Member[] {
  const people = peopleById();
  const members: Member[] = [];
  const on = options.on === undefined ? undefined : checkedDate(options.on, "on");
  for (const membership of membershipsOfOrganization(organizationId)) {
    if (on !== undefined && !membershipHoldsOn(membership, on)) continue;
    const person = people.get(membership.personId);
    if (person) members.push({ person, membership });
  }
  return members;
}
