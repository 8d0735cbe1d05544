import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@labour-left/data";
import { expect, it } from "vitest";
import { npmEnv } from "../../../vitest.npm-env.ts";
import { makeTempDir } from "./_run";

const exporterDir = fileURLToPath(new URL("..", import.meta.url));
const dataDir = fileURLToPath(new URL("../../../packages/data/", import.meta.url));

/** pnpm pack, as publishing does: it turns `workspace:` ranges into real versions. */
function pack(dir: string, destination: string): string {
  const output = execFileSync("pnpm", ["pack", "--pack-destination", destination], { cwd: dir, encoding: "utf8" });
  const tarball = output.trim().split("\n").at(-1) ?? "";
  return tarball.startsWith("/") ? tarball : join(destination, tarball);
}

it("installs from its packed tarball with the data package's, and exports from the bin and, threaded, from the API", () => {
  const dir = makeTempDir("pack");
  const tarballs = [pack(dataDir, dir), pack(exporterDir, dir)];
  const project = join(dir, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "throwaway", private: true }));
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...tarballs], {
    env: npmEnv(),
    cwd: project,
    stdio: "pipe",
  });
  const result = spawnSync(join(project, "node_modules/.bin/labour-left-export"), ["--out", "out", "--format", "csv"], {
    cwd: project,
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(existsSync(join(project, "out/datapackage.json"))).toBe(true);

  // A file input with worker threads, which must find their own dependencies where npm put them.
  const script = `
    import { dataset } from "@labour-left/data";
    import { exportDataset } from "@labour-left/exporter";
    import { writeFileSync } from "node:fs";
    writeFileSync("input.json", JSON.stringify(dataset));
    const written = await exportDataset({ input: "input.json", outDir: "threaded", formats: ["csv"], parallel: true });
    console.log(written.find((file) => file.path === "csv/memberships.csv").rows);
  `;
  const threaded = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: project,
    encoding: "utf8",
  });
  expect(threaded.stderr).toBe("");
  expect(threaded.stdout.trim()).toBe(String(dataset.memberships.length));
});
