import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@labour-left/data";
import { expect, it } from "vitest";
import { npmEnv } from "../../../vitest.npm-env.ts";
import { version as cliVersion } from "../package.json";
import { makeTempDir } from "./_run";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

it("installs from its packed tarball alone and runs as `labour-left`", () => {
  const dir = makeTempDir("pack");
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
      env: npmEnv(),
      cwd: packageDir,
      encoding: "utf8",
    }),
  ) as {
    filename: string;
    files: { path: string }[];
  }[];
  expect(packed?.files.map((file) => file.path).filter((path) => path.includes("test"))).toEqual([]);
  const project = join(dir, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "throwaway", private: true }));
  // Everything is bundled, so the install needs nothing from the registry.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(dir, packed?.filename ?? "")], {
    env: npmEnv(),
    cwd: project,
    stdio: "pipe",
  });
  const bin = join(project, "node_modules/.bin/labour-left");
  const version = spawnSync(bin, ["--version"], { encoding: "utf8" });
  expect(version.stdout).toBe(`labour-left ${cliVersion}\n@labour-left/data ${dataset.version}\n`);
  const members = spawnSync(bin, ["members", "scg-mps", "--json"], { encoding: "utf8" });
  expect(members.status).toBe(0);
  expect(JSON.parse(members.stdout)).toHaveLength(34);
});
