import { commonJsExports } from "./_common-js";

/** A value SQLite stores. */
export type SqlValue = string | number | null;

/** What the exporter asks of a database, whichever engine runs it. */
export interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): { run(values: readonly SqlValue[]): unknown; finalize(): void };
  run(sql: string, values: readonly SqlValue[]): unknown;
  close(): void;
}

/** The SQLite inside node-sqlite3-wasm; a test checks it against the engine itself. */
export const WASM_SQLITE_VERSION = "3.53.4";

/** Node's own SQLite from this release on is no longer experimental (it printed a warning when loaded). */
const NODE_SQLITE_FROM: readonly [number, number] = [24, 15];

interface NodeSqlite {
  DatabaseSync: new (
    path: string,
  ) => {
    exec(sql: string): void;
    prepare(sql: string): { run(...values: SqlValue[]): unknown };
    close(): void;
  };
}

/**
 * Node's own SQLite, where it is the same SQLite as the WebAssembly engine's: the database then has the same bytes
 * whichever engine made it, made several times faster (no WebAssembly to compile, no text copied into it a character
 * at a time). Undefined elsewhere, and on a Node that still calls it experimental.
 */
function nodeSqlite(): NodeSqlite | undefined {
  if (process.versions.sqlite !== WASM_SQLITE_VERSION) return undefined;
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  const [fromMajor, fromMinor] = NODE_SQLITE_FROM;
  if (major < fromMajor || (major === fromMajor && minor < fromMinor)) return undefined;
  const getBuiltinModule = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  return getBuiltinModule?.("node:sqlite") as NodeSqlite | undefined;
}

/** A new or existing database at `path`, in Node's own SQLite where it fits (see above), else in WebAssembly. */
export async function openSqlite(path: string): Promise<SqliteDatabase> {
  const native = nodeSqlite();
  if (native === undefined) {
    // Loaded only when asked for: the database engine is WebAssembly, and most exports do not need it.
    const { Database } = commonJsExports(await import("node-sqlite3-wasm"));
    return new Database(path) as SqliteDatabase;
  }
  const db = new native.DatabaseSync(path);
  return {
    exec: (sql) => db.exec(sql),
    prepare: (sql) => {
      const statement = db.prepare(sql);
      return { run: (values) => statement.run(...values), finalize: () => undefined };
    },
    run: (sql, values) => db.prepare(sql).run(...values),
    close: () => db.close(),
  };
}
