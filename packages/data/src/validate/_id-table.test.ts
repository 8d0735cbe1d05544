import { expect, it } from "vitest";
import { IdTable } from "./_id-table";

it("keeps the first index of every id, whatever its characters, as a Map would", () => {
  const table = new IdTable();
  const reference = new Map<string, number>();
  const ids = Array.from({ length: 20_000 }, (_, index) => `person-${index % 15_000}`);
  ids.push("", "é-latin-1", "ü", "日本", "日本", "a".repeat(300), "a".repeat(300));
  ids.forEach((id, index) => {
    expect(table.add(id, index)).toBe(reference.get(id) ?? -1);
    if (!reference.has(id)) reference.set(id, index);
  });
  for (const [id, index] of reference) expect(table.get(id)).toBe(index);
  expect(["person-15000", "日", "a".repeat(299), "missing"].map((id) => table.get(id))).toEqual([-1, -1, -1, -1]);
});
