import type { AreaId, OrganizationId } from "../ids";
import type { Membership, Person } from "../types/bundled";
import { checkedDate } from "./_checked-date";
import { areasByParent, membershipsByPost, membershipsOfOrganization, peopleById, postsByArea } from "./_indexes";
import { membershipHoldsOn } from "./holds-on";
import type { Member } from "./members-of";

export interface Representative {
  readonly person: Person;
  /** The membership of the House of Commons through the constituency's post. */
  readonly membership: Membership;
}

function seatHolders(areaId: string, on: string | undefined): Representative[] {
  const people = peopleById();
  const found: Representative[] = [];
  for (const post of postsByArea().get(areaId) ?? []) {
    for (const membership of membershipsByPost().get(post.id) ?? []) {
      if (on !== undefined && !membershipHoldsOn(membership, on)) continue;
      const person = people.get(membership.personId);
      if (person) found.push({ person, membership });
    }
  }
  return found;
}

/**
 * Who held a constituency's seat, as far as the records know; with `on`, only those the sources show on that date.
 * @example representativesOf("city-of-durham", { on: "2022-01-01" }).map((r) => r.person.name) // ["Mary Foy"]
 * @throws RangeError when `on` is not a date such as 2020, 2020-09 or 2020-09-21
 */
export function representativesOf(areaId: AreaId, options: { on?: string } = {}): Representative[] {
  return seatHolders(areaId, options.on === undefined ? undefined : checkedDate(options.on, "on"));
}

/**
 * Members of a group who held a seat for a constituency in the given areas; a region stands for its constituencies.
 * @example membersSeatedIn("scg-mps", ["durham"]).map((member) => member.person.name) // ["Mary Foy", "Grahame Morris"]
 */
export function membersSeatedIn(organizationId: OrganizationId, areaIds: readonly AreaId[]): Member[] {
  const seated = new Set<string>();
  for (const areaId of areaIds) {
    const constituencies = areasByParent()
      .get(areaId)
      ?.map((area) => area.id) ?? [areaId];
    for (const constituency of constituencies) {
      for (const { person } of seatHolders(constituency, undefined)) seated.add(person.id);
    }
  }
  const people = peopleById();
  return membershipsOfOrganization(organizationId).flatMap((membership) => {
    const person = seated.has(membership.personId) ? people.get(membership.personId) : undefined;
    return person ? [{ person, membership }] : [];
  });
}
