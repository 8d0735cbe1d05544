import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toJsonSchemas } from "../src/json-schema";

const jsonSchemaDir = new URL("../json-schema/", import.meta.url);

describe("the shipped JSON Schema files", () => {
  it("match what the zod schemas generate (run `pnpm build` to refresh them)", () => {
    const generated = toJsonSchemas();
    const shipped = Object.fromEntries(
      readdirSync(jsonSchemaDir).map((file) => [
        file.replace(/\.json$/, ""),
        JSON.parse(readFileSync(new URL(file, jsonSchemaDir), "utf8")),
      ]),
    );
    expect(shipped).toEqual(generated);
  });

  it("cover the dataset and every entity", () => {
    expect(Object.keys(toJsonSchemas()).sort()).toMatchInlineSnapshot(`
      [
        "area",
        "candidacy",
        "dataset",
        "erratum",
        "event",
        "membership",
        "organization",
        "person",
        "post",
        "source",
        "statement",
      ]
    `);
  });

  it("describe the person entity", () => {
    expect(toJsonSchemas().person).toMatchSnapshot();
  });
});
