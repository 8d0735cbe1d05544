import { rmSync } from "node:fs";
import { defineConfig } from "tsup";

// Both builds below write into dist/: it is emptied once, here, rather than by the first of them.
rmSync("dist", { recursive: true, force: true });

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      cli: "src/cli.ts",
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
    // The options and the usage alone, in CommonJS: what the bin needs to answer --help without the exporter.
    entry: { "command-line": "src/command-line/options.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    clean: false,
    target: "node20",
  },
]);
