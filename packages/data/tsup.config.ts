import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { build, type Plugin } from "esbuild";
import { defineConfig } from "tsup";

// Every config below writes into dist/: it is emptied once, here, rather than by each.
rmSync("dist", { recursive: true, force: true });

/** Runs a TypeScript module of the sources (bundled with what it imports) and returns its exports. */
async function evaluate(path: string): Promise<Record<string, unknown>> {
  const bundled = await build({ entryPoints: [path], bundle: true, write: false, format: "esm", platform: "neutral" });
  const code = bundled.outputFiles[0]?.text ?? "";
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/**
 * For Node: each record file becomes dist/records/<name>.json, which the collections read and parse the first
 * time they are asked for. Importing the package then reads no records at all, and JSON parses much faster than
 * the same records as JavaScript. (An ES module over the CommonJS build would load Node's lexer of CommonJS, which
 * costs more than the whole of this package's start.)
 */
const recordsFromJsonFiles: Plugin = {
  name: "records-from-json-files",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]records[\\/]_load\.ts$/ }, async ({ path }) => {
      const { RECORD_FILES } = (await evaluate(path)) as { RECORD_FILES: Record<string, () => unknown> };
      mkdirSync("dist/records", { recursive: true });
      const loaders = Object.entries(RECORD_FILES).map(([name, load]) => {
        writeFileSync(`dist/records/${name}.json`, JSON.stringify(load()));
        return `  ${JSON.stringify(name)}: () => readRecords(${JSON.stringify(name)}),`;
      });
      // Read and parsed directly: `require` of a JSON file costs a module resolution and more, about twice as much.
      // In CommonJS, beside __dirname (tsup's shim of import.meta.url there would load more). In the ES module,
      // beside its own URL, with node:fs taken from process.getBuiltinModule where Node has it (20.16 and later):
      // a static import of a built-in module costs more than the rest of this package's start.
      const readRecords =
        pluginBuild.initialOptions.define?.TSUP_FORMAT === JSON.stringify("cjs")
          ? [
              `import { readFileSync } from "node:fs";`,
              `import { join } from "node:path";`,
              `const readRecords = (name) => JSON.parse(readFileSync(join(__dirname, "records", name + ".json"), "utf8"));`,
            ]
          : [
              `const { readFileSync } = process.getBuiltinModule?.("node:fs") ?? (await import("node:fs"));`,
              `const recordsUrl = new URL("records/", import.meta.url);`,
              `const readRecords = (name) => JSON.parse(readFileSync(new URL(name + ".json", recordsUrl), "utf8"));`,
            ];
      return {
        contents: `${readRecords.join("\n")}\nexport const RECORD_FILES = {\n${loaders.join("\n")}\n};\n`,
        loader: "js",
      };
    });
  },
};

/**
 * For bundlers (the `module` and `browser` conditions): each record file ships inside the bundle, as
 * `JSON.parse("...")` rather than as object literals (V8 parses JSON much faster than JavaScript), so that a bundle
 * needs no files beside it. Types come from the sources.
 */
const recordsAsJson: Plugin = {
  name: "records-as-json",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]records[\\/][a-z0-9-]+\.ts$/ }, async ({ path }) => {
      const records = await evaluate(path);
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

const common = { target: "node20", sourcemap: false, treeshake: true, clean: false } as const;

export default defineConfig([
  {
    ...common,
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    esbuildPlugins: [recordsFromJsonFiles],
  },
  {
    ...common,
    entry: { schemas: "src/schemas.ts", boundaries: "src/boundaries.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // One file per entry: a shared chunk costs an extra module load at start-up.
    splitting: false,
  },
  {
    ...common,
    entry: { bundled: "src/index.ts" },
    format: ["esm"],
    platform: "neutral",
    esbuildPlugins: [recordsAsJson],
  },
]);
