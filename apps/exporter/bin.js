#!/usr/bin/env node
import { run } from "./dist/cli.js";

run(process.argv.slice(2)).then(
  (exitCode) => process.exit(exitCode),
  (error) => {
    console.error(`labour-left-export: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
