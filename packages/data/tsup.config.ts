import { build, type Plugin } from "esbuild";
import { defineConfig } from "tsup";

/**
 * Ships each record file as `JSON.parse("...")` rather than as object literals: V8 parses JSON much faster than
 * JavaScript, which is most of what importing the records costs. Types come from the sources, unchanged.
 */
const recordsAsJson: Plugin = {
  name: "records-as-json",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]records[\\/][a-z-]+\.ts$/ }, async ({ path }) => {
      const bundled = await build({
        entryPoints: [path],
        bundle: true,
        write: false,
        format: "esm",
        platform: "neutral",
      });
      const code = bundled.outputFiles[0]?.text ?? "";
      const records: Record<string, unknown> = await import(
        `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
      );
      const contents = Object.entries(records)
        .map(
          ([name, value]) =>
            `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))});`,
        )
        .join("\n");
      return { contents, loader: "js" };
    });
  },
};

export default defineConfig({
  entry: { index: "src/index.ts", schemas: "src/schemas.ts", boundaries: "src/boundaries.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // One file per entry: a shared chunk costs an extra module load at start-up.
  splitting: false,
  treeshake: true,
  target: "node20",
  sourcemap: false,
  esbuildPlugins: [recordsAsJson],
});
