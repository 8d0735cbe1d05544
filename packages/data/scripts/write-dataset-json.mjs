// Writes dataset.json (beside package.json, where every module resolution finds it) from the built records: the whole dataset as one JSON file, for
// `@labour-left/data/dataset.json` (people who want the data without the code).
import { writeFileSync } from "node:fs";
import { dataset } from "../dist/index.js";

writeFileSync(new URL("../dataset.json", import.meta.url), `${JSON.stringify(dataset, null, 2)}\n`);
