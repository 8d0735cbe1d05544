import { copyFileSync, cpSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// CommonJS, one file per command: `labour-left members` loads the dispatcher and that command's file only, with no
// ES module loader, so that start-up stays close to bare Node's.
const commands = Object.fromEntries(
  readdirSync("src/commands")
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => [`commands/${file.replace(/\.ts$/, "")}`, `src/commands/${file}`]),
);

// The exporter runs large inputs in worker threads from a script it looks for beside itself: bundled into the
// `export` and `validate` commands, it looks in dist/commands/.
const recordWorker = createRequire(import.meta.url).resolve("@labour-left/exporter/record-worker");

// The SQLite engine is WebAssembly that its bundled JavaScript loads from beside itself: it goes where `export` is.
const exporterRequire = createRequire(createRequire(import.meta.url).resolve("@labour-left/exporter/package.json"));
const sqliteWasm = join(dirname(exporterRequire.resolve("node-sqlite3-wasm")), "node-sqlite3-wasm.wasm");

// The records stay files read on first use, as in the package itself, copied from its build beside the commands. The
// commands bundle the data package's sources, so that only the queries a command uses are in its file, with no
// CommonJS wrapper around them; its record loader is swapped for one reading records/<name>.json beside the command.
const dataDir = dirname(createRequire(import.meta.url).resolve("@labour-left/data/package.json"));
const recordsBeside: Plugin = {
  name: "records-beside",
  setup(build) {
    build.onResolve({ filter: /^@labour-left\/data$/ }, () => ({ path: join(dataDir, "src/index.ts") }));
    const loader = join(dataDir, "src/records/_load.ts");
    build.onLoad({ filter: /[\\/]_load\.ts$/ }, ({ path }) =>
      path !== loader
        ? undefined
        : {
            contents: [
              `import { readFileSync } from "node:fs";`,
              `import { join } from "node:path";`,
              `const read = (name) => JSON.parse(readFileSync(join(__dirname, "records", name + ".json"), "utf8"));`,
              `export const RECORD_FILES = new Proxy({}, { get: (_, name) => () => read(name) });`,
            ].join("\n"),
            loader: "js",
          },
    );
  },
};

export default defineConfig({
  entry: { cli: "src/cli.ts", ...commands, "commands/record-worker": recordWorker },
  format: ["cjs"],
  outExtension: () => ({ js: ".js" }),
  target: "node20",
  platform: "node",
  noExternal: [/.*/],
  esbuildPlugins: [recordsBeside],
  // The dispatcher requires each command's file at run time instead of bundling it.
  esbuildOptions: (options) => {
    options.external = ["./commands/*"];
    // The exporter finds its worker script through import.meta.url, which is empty in CommonJS, or else through
    // __dirname: the warning says nothing the code does not handle.
    // The exporter's entries import its shared chunks bare; those chunks have no side effects (its package.json
    // says so), so esbuild dropping such an import is what is wanted.
    options.logOverride = { "empty-import-meta": "silent", "ignored-bare-import": "silent" };
  },
  clean: true,
  // What was bundled, for THIRD-PARTY-NOTICES.md (scripts/third-party-notices.mjs).
  metafile: true,
  // The package is "type": "module"; dist/ holds CommonJS.
  onSuccess: async () => {
    writeFileSync("dist/package.json", `${JSON.stringify({ type: "commonjs" })}\n`);
    copyFileSync(sqliteWasm, "dist/commands/node-sqlite3-wasm.wasm");
    cpSync(join(dataDir, "dist/records"), "dist/commands/records", { recursive: true });
  },
});
