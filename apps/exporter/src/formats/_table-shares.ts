import { stat } from "node:fs/promises";
import type { Stage } from "../stage/stage";
import { TABLES, type Table } from "../tables/index";

/** The staged CSV file of a table, which the formats made from the tables read. */
export const csvPathOf = (stage: Stage) => (table: Table<unknown, unknown>) =>
  stage.stagedPath(`csv/${table.name}.csv`);

/**
 * The tables shared out `ways` ways, each share about as many CSV bytes as the others (the largest table first, to
 * the lightest share), as names; the same tables give the same shares.
 */
export async function shareTablesByBytes(stage: Stage, ways: number): Promise<string[][]> {
  const bytes = await Promise.all(TABLES.map(async (table) => (await stat(csvPathOf(stage)(table))).size));
  const shares = Array.from({ length: ways }, () => ({ tables: [] as string[], bytes: 0 }));
  const largestFirst = TABLES.map((table, index) => ({ name: table.name, bytes: bytes[index] ?? 0 })).sort(
    (a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1),
  );
  for (const { name, bytes: size } of largestFirst) {
    const lightest = shares.reduce((least, share) => (share.bytes < least.bytes ? share : least));
    lightest.tables.push(name);
    lightest.bytes += size;
  }
  return shares.map((share) => share.tables).filter((tables) => tables.length > 0);
}
