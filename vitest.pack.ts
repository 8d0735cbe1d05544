import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { npmEnv } from "./vitest.npm-env.ts";

export interface InstalledTarball {
  /** The tarball npm packed. */
  readonly tarball: string;
  /** The paths it holds. */
  readonly files: string[];
  /** A throwaway project with the tarball installed. */
  readonly projectDir: string;
}

/**
 * Packs a package with npm into `workDir` and installs the tarball in a throwaway project there, as a user would.
 * `installFlags` go to `npm install` (`--offline` for a package that needs nothing from the registry).
 */
export function packAndInstall(
  packageDir: string,
  workDir: string,
  installFlags: readonly string[] = [],
): InstalledTarball {
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", workDir], {
      env: npmEnv(),
      cwd: packageDir,
      encoding: "utf8",
    }),
  ) as { filename: string; files: { path: string }[] }[];
  if (!packed) throw new Error(`npm pack printed nothing for ${packageDir}`);
  const tarball = join(workDir, packed.filename);
  const projectDir = join(workDir, "consumer");
  mkdirSync(projectDir);
  writeFileSync(join(projectDir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", ...installFlags, tarball], {
    env: npmEnv(),
    cwd: projectDir,
    stdio: "pipe",
  });
  return { tarball, files: packed.files.map((file) => file.path), projectDir };
}
