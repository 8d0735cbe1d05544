import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@labour-left/data";
import { expect, it } from "vitest";
import { packAndInstall } from "../../../vitest.pack.ts";
import { version as cliVersion } from "../package.json";
import { makeTempDir } from "./_run";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

it("installs from its packed tarball alone and runs as `labour-left`", () => {
  // Everything is bundled, so the install needs nothing from the registry.
  const { files, projectDir: project } = packAndInstall(packageDir, makeTempDir("pack"), ["--offline"]);
  expect(files.filter((path) => /(^|\/)tests?\/|\.test\./.test(path))).toEqual([]);
  const bin = join(project, "node_modules/.bin/labour-left");
  const version = spawnSync(bin, ["--version"], { encoding: "utf8" });
  expect(version.stdout).toBe(`labour-left ${cliVersion}\n@labour-left/data ${dataset.version}\n`);
  const members = spawnSync(bin, ["members", "scg-mps", "--json"], { encoding: "utf8" });
  expect(members.status).toBe(0);
  expect(JSON.parse(members.stdout)).toHaveLength(34);
});
