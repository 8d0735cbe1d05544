#!/usr/bin/env node
import { run } from "./dist/cli.js";

// Ends once everything written to stdout and stderr has gone out (a pipe included), then at once: a read still
// waiting on a FIFO that was named as input must not keep a stopped export alive.
function exitWhenWritten(exitCode) {
  process.exitCode = exitCode;
  let waiting = 2;
  const done = () => {
    waiting -= 1;
    if (waiting === 0) process.exit(exitCode);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

run(process.argv.slice(2)).then(exitWhenWritten, (error) => {
  console.error(`labour-left-export: ${error instanceof Error ? error.message : String(error)}`);
  exitWhenWritten(1);
});
