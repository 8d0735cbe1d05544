import { lstatSync } from "node:fs";
import { join } from "node:path";
import { ExportError } from "../errors";
import { lstatOrUndefined, readExportersFile, replaceFileAtomically } from "./_safe-files";

/** In the output directory: every file the exporter wrote there, so that it never replaces a file of the user's. */
export const MANIFEST_FILE = ".labour-left-export.json";

/** One file the exporter wrote, as it was when written: a file changed since is no longer the exporter's. */
interface OwnedFile {
  readonly path: string;
  readonly bytes: number;
  readonly modified: number;
}

interface Manifest {
  readonly writtenBy: "@labour-left/exporter";
  readonly files: readonly OwnedFile[];
}

/** An entry the exporter could have written: a relative path inside the folder, a size and a time. */
const isOwnedFile = (file: unknown): file is OwnedFile => {
  const { path, bytes, modified } = (file ?? {}) as Record<string, unknown>;
  return (
    typeof path === "string" &&
    path !== "" &&
    !path.startsWith("/") &&
    !path.split("/").some((part) => part === ".." || part === "" || part === ".") &&
    typeof bytes === "number" &&
    typeof modified === "number"
  );
};

async function readManifest(outDir: string): Promise<Map<string, OwnedFile>> {
  const path = join(outDir, MANIFEST_FILE);
  let text: string | undefined;
  try {
    text = await readExportersFile(path, "record");
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw new ExportError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (text === undefined) return new Map();
  try {
    const manifest = JSON.parse(text) as Manifest;
    if (manifest.writtenBy !== "@labour-left/exporter" || !Array.isArray(manifest.files)) throw new Error("not ours");
    // An entry that could not be the exporter's own names no file it owns: its path stays the user's.
    return new Map(manifest.files.filter(isOwnedFile).map((file) => [file.path, file]));
  } catch {
    throw new ExportError(
      `${path} is not the record of an export that the exporter keeps there; move it away, or export into another folder`,
    );
  }
}

/** Why the file at `path` (relative to `outDir`) may not be replaced, or undefined when it may. */
async function obstacle(
  outDir: string,
  path: string,
  owned: ReadonlyMap<string, OwnedFile>,
): Promise<string | undefined> {
  const parts = path.split("/");
  for (let depth = 1; depth < parts.length; depth += 1) {
    const folder = parts.slice(0, depth).join("/");
    const found = await lstatOrUndefined(join(outDir, folder));
    if (found === undefined) return undefined;
    // A link is never followed: what it points to is not the output folder's.
    if (!found.isDirectory())
      return `${folder} is ${found.isSymbolicLink() ? "a link" : "a file"}, where the export needs a folder`;
  }
  const found = await lstatOrUndefined(join(outDir, path));
  if (found === undefined) return undefined;
  if (found.isDirectory()) return `${path} is a folder, where the export writes a file`;
  if (!found.isFile()) return `${path} is not a regular file (a link or device)`;
  const mine = owned.get(path);
  if (mine === undefined) return `${path} was not written by the exporter`;
  if (mine.bytes !== found.size || mine.modified !== found.mtimeMs)
    return `${path} has changed since the exporter wrote it`;
  return undefined;
}

/** What the output directory's previous export owns; the check and the record of an export are made from it. */
export interface Ownership {
  /** Stops, naming every path in the way, unless each file about to be replaced is one the exporter wrote. */
  checkReplaceable(paths: readonly string[]): Promise<void>;
  /** Records the files just moved into place, with the previous export's files that are still as it left them. */
  record(paths: readonly string[]): Promise<void>;
}

export async function readOwnership(outDir: string): Promise<Ownership> {
  const owned = await readManifest(outDir);
  return {
    async checkReplaceable(paths) {
      const problems: string[] = [];
      for (const path of paths) {
        const problem = await obstacle(outDir, path, owned);
        if (problem !== undefined) problems.push(problem);
      }
      if (problems.length > 0) {
        throw new ExportError(
          `files the exporter did not write are in the way in ${outDir}; nothing was changed. Move them away, or export into another folder (--out). The exporter replaces only the files listed in ${MANIFEST_FILE}, as it wrote them.`,
          problems,
        );
      }
    },
    async record(paths) {
      const files = new Map<string, OwnedFile>();
      for (const [path, file] of owned) {
        const found = await lstatOrUndefined(join(outDir, path));
        if (found?.isFile() && found.size === file.bytes && found.mtimeMs === file.modified) files.set(path, file);
      }
      for (const path of paths) {
        const found = lstatSync(join(outDir, path));
        files.set(path, { path, bytes: found.size, modified: found.mtimeMs });
      }
      const manifest: Manifest = {
        writtenBy: "@labour-left/exporter",
        files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1)),
      };
      await replaceFileAtomically(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
