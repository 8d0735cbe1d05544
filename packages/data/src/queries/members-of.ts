import type { OrganizationId } from "../ids";
import type { Membership } from "../schemas/membership";
import type { Person } from "../schemas/person";
import { membershipsByOrganization, peopleById } from "./_indexes";
import { membershipHoldsOn } from "./holds-on";

export interface Member {
  readonly person: Person;
  readonly membership: Membership;
}

/**
 * The members of an organization, in the source's order; with `on`, only those the sources show holding on that date.
 * @example membersOf("scg-mps", { on: "2020-09-21" }).length // 34
 */
export function membersOf(organizationId: OrganizationId, options: { on?: string } = {}): Member[] {
  const people = peopleById();
  const members: Member[] = [];
  for (const membership of membershipsByOrganization().get(organizationId) ?? []) {
    if (options.on !== undefined && !membershipHoldsOn(membership, options.on)) continue;
    const person = people.get(membership.personId);
    if (person) members.push({ person, membership });
  }
  return members;
}
