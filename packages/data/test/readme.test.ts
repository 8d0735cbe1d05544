import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** The first ```js block that imports the package, and the ```text block after it. */
function usageExample(readme: string): { code: string; output: string } {
  const match = /```js\n(import [^\n]+ from "@labour-left\/data";\n[\s\S]*?)```\s*```text\n([\s\S]*?)```/.exec(readme);
  if (!match?.[1] || match[2] === undefined) throw new Error("no usage example with its output");
  return { code: match[1], output: match[2] };
}

describe.each([
  ["README.md", "../../../README.md"],
  ["packages/data/README.md", "../README.md"],
])("the usage example in %s", (_name, path) => {
  it("prints what the README says it prints", () => {
    const { code, output } = usageExample(readFileSync(new URL(path, import.meta.url), "utf8"));
    // Run as a user would, against the built package, resolved by its own name.
    const printed = execFileSync(process.execPath, ["--input-type=module", "-e", code], {
      cwd: packageDir,
      encoding: "utf8",
    });
    expect(printed).toBe(output);
  });
});
