import { defineConfig } from "tsup";

// One bundle with the data inside, split per command, so that start-up loads only what a command needs.
export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  clean: true,
  splitting: true,
  target: "node20",
  noExternal: [/.*/],
  platform: "node",
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
