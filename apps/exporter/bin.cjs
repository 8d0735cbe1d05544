#!/usr/bin/env node
// CommonJS, and only the options module, for --help: no ES module loader and none of the exporter starts for it.
const { writeSync } = require("node:fs");

const argv = process.argv.slice(2);

/** Whether the command line asks for help and nothing else is wrong with it: then it is answered here. */
function helpAsked() {
  if (!argv.includes("--help") && !argv.includes("-h")) return false;
  try {
    return require("./dist/command-line.cjs").parseCommandLine(argv).help;
  } catch {
    return false;
  }
}

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

if (helpAsked()) {
  writeSync(1, require("./dist/command-line.cjs").usage("labour-left-export"));
} else {
  // The exporter as one CommonJS file (dist/run.cjs), which loads faster than its ES modules.
  Promise.resolve()
    .then(() => require("./dist/run.cjs").run(argv))
    .then(exitWhenWritten, (error) => {
      console.error(`labour-left-export: ${error instanceof Error ? error.message : String(error)}`);
      exitWhenWritten(1);
    });
}
