import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { dataset } from "../src/index";

it("gives the dataset the package's version", () => {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  expect(dataset.version).toBe(version);
});
