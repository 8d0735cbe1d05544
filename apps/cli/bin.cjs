#!/usr/bin/env node
// CommonJS, so that no ES module loader starts; Node 22+ also keeps compiled code between runs.
require("node:module").enableCompileCache?.();
// process.exitCode, not process.exit: the process ends once what it wrote to a pipe has been written, all of it.
require("./dist/cli.js")
  .run(process.argv.slice(2))
  .then(
    (exitCode) => {
      process.exitCode = exitCode;
    },
    (error) => {
      console.error(`labour-left: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
