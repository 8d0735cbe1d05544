// A dataset that follows the schema, of any size: `scale` x (1,000 people, 10,000 memberships).
import { once } from "node:events";
import { createWriteStream } from "node:fs";

const SOURCE = { sourceId: "synthetic", note: "generated for the benchmark", basis: "stated" };

const organization = (index) => ({
  id: `group-${index}`,
  name: `Group ${index}`,
  classification: "political-group",
  otherNames: [],
  identifiers: [],
  sources: [SOURCE],
});

const person = (index) => ({
  id: `person-${index}`,
  name: `Person ${index}, "P${index}"`,
  otherNames: [],
  identifiers: [{ scheme: "wikidata", identifier: `Q${index + 1}`, sources: [SOURCE] }],
  sources: [SOURCE],
});

const membership = (index, peopleCount) => ({
  id: `membership-${index}`,
  personId: `person-${index % peopleCount}`,
  organizationId: `group-${index % 10}`,
  role: "member",
  startDate: `${2000 + (index % 20)}`,
  endDate: "unknown",
  sources: [SOURCE],
});

const SOURCES = [
  {
    id: "synthetic",
    kind: "dataset",
    title: "Synthetic",
    titleBasis: "derived",
    publisher: "bench",
    notes: [],
    omissions: [],
  },
];

/** Every collection of the dataset at `scale`, each a function giving its records one at a time. */
function collections(scale) {
  const peopleCount = 1_000 * scale;
  const range = (count, make) =>
    function* () {
      for (let index = 0; index < count; index += 1) yield make(index);
    };
  return {
    sources: range(SOURCES.length, (index) => SOURCES[index]),
    organizations: range(10, organization),
    people: range(peopleCount, person),
    memberships: range(peopleCount * 10, (index) => membership(index, peopleCount)),
    posts: range(0),
    areas: range(0),
    events: range(0),
    statements: range(0),
    contests: range(0),
    candidacies: range(0),
    notionalResults: range(0),
    errata: range(0),
  };
}

/** How many records the dataset holds at `scale`. */
export function recordCount(scale) {
  return Object.values(collections(scale)).reduce((sum, records) => {
    let count = 0;
    for (const _ of records()) count += 1;
    return sum + count;
  }, 0);
}

/** The dataset in memory. */
export function syntheticDataset(scale) {
  const dataset = { version: "0.0.0" };
  for (const [name, records] of Object.entries(collections(scale))) dataset[name] = [...records()];
  return dataset;
}

/** The same dataset written to a JSON file one record at a time, so that writing it holds none of it. */
export async function writeSyntheticDataset(path, scale) {
  const stream = createWriteStream(path);
  const write = async (text) => {
    if (!stream.write(text)) await once(stream, "drain");
  };
  await write('{"version": "0.0.0"');
  for (const [name, records] of Object.entries(collections(scale))) {
    await write(`,\n"${name}": [`);
    let first = true;
    for (const record of records()) {
      await write(`${first ? "\n" : ",\n"}${JSON.stringify(record)}`);
      first = false;
    }
    await write("]");
  }
  await write("}\n");
  stream.end();
  await once(stream, "finish");
}
