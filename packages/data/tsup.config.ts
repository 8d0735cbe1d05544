import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", schemas: "src/schemas.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // One file per entry: a shared chunk costs an extra module load at start-up.
  splitting: false,
  treeshake: true,
  target: "node20",
  sourcemap: false,
});
