// Installs what the tests need beyond npm packages, from Debian's packages, when it is missing: Chromium for the
// docs site's browser tests, the sqlite3 program that checks the exported database, and openpyxl for the workbook.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const NEEDS = [
  {
    what: "Chromium, for the docs site's browser tests",
    path: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    apt: "chromium",
  },
  { what: "the sqlite3 program, for the database export's tests", path: "/usr/bin/sqlite3", apt: "sqlite3" },
  {
    what: "Python's openpyxl, which reads the workbook export back in its tests",
    path: "/usr/lib/python3/dist-packages/openpyxl/__init__.py",
    apt: "python3-openpyxl",
  },
];

const run = (command, args) =>
  spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status ===
  0;

const missing = NEEDS.filter((need) => !existsSync(need.path));
if (missing.length === 0) process.exit(0);

const canApt =
  process.platform === "linux" &&
  process.getuid?.() === 0 &&
  spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
const packages = missing.map((need) => need.apt);
if (canApt) {
  console.log(
    `test setup: installing ${missing.map((need) => need.what).join(" and ")} (Debian: ${packages.join(", ")})`,
  );
  const install = ["install", "-y", "--no-install-recommends", ...packages];
  const installed = run("apt-get", install) || (run("apt-get", ["update"]) && run("apt-get", install));
  for (const need of missing) {
    if (!installed || !existsSync(need.path)) {
      console.error(`test setup: could not install ${need.apt} with apt-get; the tests that need it will be skipped`);
    }
  }
} else {
  for (const need of missing) {
    console.log(
      `test setup: ${need.what} is missing at ${need.path}. Install it (Debian: sudo apt-get install -y ${need.apt}); until then those tests are skipped.`,
    );
  }
}
