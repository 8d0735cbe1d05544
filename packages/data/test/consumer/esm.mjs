import { dataset, getPerson, membersOf } from "@labour-left/data";
import datasetSchema from "@labour-left/data/json-schema/dataset.json" with { type: "json" };
import { validateDataset } from "@labour-left/data/schemas";

console.log(
  JSON.stringify({
    version: dataset.version,
    person: getPerson("diane-abbott")?.name,
    members: membersOf("scg-mps").length,
    valid: validateDataset(dataset).valid,
    schemaTitle: datasetSchema.title,
  }),
);
