#!/usr/bin/env node
import module from "node:module";

// Node 22+ keeps compiled code between runs, which halves start-up; older Node skips this.
module.enableCompileCache?.();
const { run } = await import("./dist/cli.js");
run(process.argv.slice(2)).then(
  (exitCode) => process.exit(exitCode),
  (error) => {
    console.error(`labour-left: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
