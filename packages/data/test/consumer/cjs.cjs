const { dataset, getPerson, membersOf } = require("@labour-left/data");
const { validateDataset } = require("@labour-left/data/schemas");
const datasetSchema = require("@labour-left/data/json-schema/dataset.json");

console.log(
  JSON.stringify({
    version: dataset.version,
    person: getPerson("diane-abbott")?.name,
    members: membersOf("scg-mps").length,
    valid: validateDataset(dataset).valid,
    schemaTitle: datasetSchema.title,
  }),
);
