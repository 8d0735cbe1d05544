// What the page makers look records up in, by id: built once from a dataset.
const byId = (records) => new Map(records.map((record) => [record.id, record]));

/** The dataset and its records by id, as the pages need them. */
export function pageContext(dataset) {
  return {
    dataset,
    sourcesById: byId(dataset.sources),
    organizationsById: byId(dataset.organizations),
    peopleById: byId(dataset.people),
    areasById: byId(dataset.areas),
    postsById: byId(dataset.posts),
  };
}
