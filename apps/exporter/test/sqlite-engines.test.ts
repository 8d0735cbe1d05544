import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canRunOtherNodes, nodeBinary, SKIP_OTHER_NODES } from "../../../bench/_node-binaries.mjs";
import { commonJsExports } from "../src/formats/_common-js";
import { WASM_SQLITE_VERSION } from "../src/formats/_sqlite-engine";
import { makeTempDir, readExport, runBin } from "./_run";

// Node 24.21 has SQLite 3.53.4 as its own; Node 22.23 has another version, so the WebAssembly engine runs there.
const NATIVE_NODE = "24.21.0";
const WASM_NODE = "22.23.3";

const sqliteVersionOf = (node: string): string =>
  execFileSync(node, ["-p", "process.versions.sqlite"], { encoding: "utf8" }).trim();

describe("the database's two engines, and the other Nodes", () => {
  it("names the SQLite version the WebAssembly engine has", async () => {
    const { Database } = commonJsExports(await import("node-sqlite3-wasm"));
    const db = new Database(":memory:");
    try {
      expect(db.get("SELECT sqlite_version() AS version")?.version).toBe(WASM_SQLITE_VERSION);
    } finally {
      db.close();
    }
  });

  it.skipIf(!canRunOtherNodes)(
    `makes the same files on this Node, on ${WASM_NODE} and on ${NATIVE_NODE}, whose own SQLite makes the database${canRunOtherNodes ? "" : ` (${SKIP_OTHER_NODES})`}`,
    () => {
      const native = nodeBinary(NATIVE_NODE);
      const wasm = nodeBinary(WASM_NODE);
      // Node's own engine is used only where it is the WebAssembly engine's version, from Node 24.15 on.
      expect(sqliteVersionOf(native)).toBe(WASM_SQLITE_VERSION);
      expect(sqliteVersionOf(wasm)).not.toBe(WASM_SQLITE_VERSION);
      // Every format, so that whatever differs between Nodes (the database engine, zlib for the workbook) is caught.
      const [first, ...others] = [process.execPath, wasm, native].map((node) => {
        const out = join(makeTempDir("node-versions"), "out");
        const result = runBin(["--out", out], process.cwd(), node);
        expect(result.stderr).toBe("");
        expect(result.status).toBe(0);
        return readExport(out);
      });
      expect(first?.get("labour-left.db")?.length).toBeGreaterThan(1_000_000);
      for (const other of others) {
        expect([...(other?.keys() ?? [])].sort()).toEqual([...(first?.keys() ?? [])].sort());
        for (const [path, bytes] of first ?? []) expect(other?.get(path)?.equals(bytes), path).toBe(true);
      }
    },
    300_000,
  );
});
