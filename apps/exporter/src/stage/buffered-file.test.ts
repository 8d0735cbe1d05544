import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTestDir } from "../../../../vitest.temp-root";
import { BufferedFile } from "./buffered-file";

const dir = makeTestDir("buffered-file");

describe("BufferedFile", () => {
  it("writes text and bytes in the order given, and counts the bytes", async () => {
    const file = new BufferedFile(join(dir, "mixed.txt"));
    const big = "é".repeat(70_000);
    for (const piece of ["a,", Buffer.from("b,"), big, Buffer.from("ü"), "\r\n"]) await file.write(piece);
    const expected = `a,b,${big}ü\r\n`;
    expect(await file.close()).toBe(Buffer.byteLength(expected));
    expect(await file.close()).toBe(Buffer.byteLength(expected));
    expect(readFileSync(join(dir, "mixed.txt"), "utf8")).toBe(expected);
  });

  it("reports a file it cannot write when it is closed", async () => {
    const file = new BufferedFile(join(dir, "missing-folder", "file.txt"));
    file.write("text");
    await expect(file.close()).rejects.toThrow(/ENOENT/);
  });
});
