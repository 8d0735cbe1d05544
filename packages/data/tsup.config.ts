import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", schemas: "src/schemas.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "node20",
  sourcemap: false,
});
