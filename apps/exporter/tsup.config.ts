import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    cli: "src/cli.ts",
    printable: "src/printable.ts",
    "record-worker": "src/parallel/record-worker.ts",
  },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", printable: "src/printable.ts" } },
  clean: true,
  splitting: true,
  target: "node20",
});
