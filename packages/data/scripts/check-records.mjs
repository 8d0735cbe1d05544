// Fails the build if the bundled records do not validate: the exporter trusts them, and exports them without
// checking them again, because no build with a problem in them gets this far.
import { dataset } from "../dist/index.js";
import { describeIssue, validateDataset } from "../dist/schemas.js";

const result = validateDataset(dataset);
if (!result.valid) {
  console.error(`the bundled records do not validate (${result.total} problems):`);
  for (const issue of result.issues.slice(0, 50)) console.error(`  ${describeIssue(issue)}`);
  process.exit(1);
}
