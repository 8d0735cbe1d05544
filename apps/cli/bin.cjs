#!/usr/bin/env node
// CommonJS, so that no ES module loader starts; Node 22+ also keeps compiled code between runs.
require("node:module").enableCompileCache?.();
require("./dist/cli.js")
  .run(process.argv.slice(2))
  .then(
    (exitCode) => process.exit(exitCode),
    (error) => {
      console.error(`labour-left: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
