// A journalist-developer's five questions, answered by chaining queries under strict TypeScript with no casts: what
// one query returns, another accepts. The package test type-checks it under every resolution and runs it.
import { areasIn, candidaciesOf, dataset, getOrganization, membersOf, representativesOf } from "@labour-left/data";

const ELECTION_2024 = "2024-07-04";
const scgMps = membersOf("scg-mps").map(({ person }) => person);
const stood2024 = (personId: (typeof scgMps)[number]["id"]) =>
  candidaciesOf(personId).find((candidacy) => candidacy.electionDate === ELECTION_2024);

// 1. Which Campaign Group MPs did not stand in 2024?
const didNotStand = scgMps.filter((person) => stood2024(person.id) === undefined).map((person) => person.id);

// 2. Which of them stood in 2024 and lost?
const lost = scgMps.filter((person) => stood2024(person.id)?.elected === false).map((person) => person.id);

// 3. Who holds Islington North now?
const holdsNow = representativesOf("islington-north-2024", { on: new Date().toISOString().slice(0, 10) }).map(
  ({ person }) => person.id,
);

// 4. NELL's seats by region, as they were when the article was published.
const nell = getOrganization("nell");
const byRegion = Object.fromEntries(
  (nell?.coverage?.regionIds ?? []).map((regionId) => [
    regionId,
    areasIn(regionId, { on: "2020-09-21" }).map((area) => area.id),
  ]),
);

// 5. Each listed MP's share of the vote in 2019.
const share2019 = Object.fromEntries(
  scgMps.map((person) => [
    person.id,
    candidaciesOf(person.id).find((candidacy) => candidacy.electionDate === "2019-12-12")?.voteShare,
  ]),
);

console.log(JSON.stringify({ didNotStand, lost, holdsNow, byRegion, share2019, collections: dataset.contests.length }));
