// A dataset that follows the schema, of any size: `scale` x (1,000 people, 10,000 memberships).
const SOURCE = { sourceId: "synthetic", note: "generated for the benchmark", basis: "stated" };

export function syntheticDataset(scale) {
  const peopleCount = 1_000 * scale;
  const organizations = Array.from({ length: 10 }, (_, index) => ({
    id: `group-${index}`,
    name: `Group ${index}`,
    classification: "political-group",
    otherNames: [],
    identifiers: [],
    sources: [SOURCE],
  }));
  const people = Array.from({ length: peopleCount }, (_, index) => ({
    id: `person-${index}`,
    name: `Person ${index}, "P${index}"`,
    otherNames: [],
    identifiers: [{ scheme: "wikidata", identifier: `Q${index + 1}`, sources: [SOURCE] }],
    sources: [SOURCE],
  }));
  const memberships = Array.from({ length: peopleCount * 10 }, (_, index) => ({
    id: `membership-${index}`,
    personId: `person-${index % peopleCount}`,
    organizationId: `group-${index % 10}`,
    role: "member",
    startDate: `${2000 + (index % 20)}`,
    endDate: "unknown",
    sources: [SOURCE],
  }));
  return {
    version: "0.0.0",
    sources: [
      {
        id: "synthetic",
        kind: "dataset",
        title: "Synthetic",
        titleBasis: "derived",
        publisher: "bench",
        notes: [],
        omissions: [],
      },
    ],
    organizations,
    people,
    memberships,
    posts: [],
    areas: [],
    events: [],
    statements: [],
    errata: [],
  };
}
