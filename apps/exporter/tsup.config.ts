import { rmSync } from "node:fs";
import { defineConfig } from "tsup";

// Both builds below write into dist/: it is emptied once, here, rather than by the first of them.
rmSync("dist", { recursive: true, force: true });

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      printable: "src/printable.ts",
      "record-worker": "src/parallel/record-worker.ts",
    },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts", printable: "src/printable.ts" } },
    clean: false,
    splitting: true,
    target: "node20",
  },
  {
    // What the bin runs, as one CommonJS file: it loads faster than the graph of ES modules above (no module loader,
    // one file read), and each format's code in it still runs only when that format is chosen. The library's
    // entries stay ES modules; the worker script is the ES module record-worker.js beside it.
    entry: { run: "src/cli.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    clean: false,
    target: "node20",
    esbuildOptions: (options) => {
      // The worker script is found through import.meta.url, which is empty in CommonJS, or else through __dirname.
      options.logOverride = { "empty-import-meta": "silent" };
    },
  },
  {
    // The options and the usage alone, in CommonJS: what the bin needs to answer --help without the exporter.
    entry: { "command-line": "src/command-line/options.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    clean: false,
    target: "node20",
  },
]);
