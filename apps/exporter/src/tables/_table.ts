import type { Dataset } from "@labour-left/data";

export type Cell = string | number | boolean | undefined;

/** Table Schema field types used by the tables. */
export type FieldType = "string" | "integer" | "number" | "boolean";

export interface Column<Row> {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  readonly value: (row: Row) => Cell;
}

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

/** One CSV file: its columns, keys, and how its rows come out of the dataset. */
export interface Table<Row = never> {
  readonly name: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly columns: readonly Column<Row>[];
  readonly rows: (dataset: Dataset) => readonly Row[];
}

// Tables hold rows of different shapes; each is checked where it is defined, then stored without its row type.
export function defineTable<Row>(
  table: Table<Row> & { readonly columns: readonly Column<NoInfer<Row>>[] },
): Table<unknown> {
  return table as unknown as Table<unknown>;
}

export const column = <Row>(
  name: string,
  description: string,
  value: (row: Row) => Cell,
  type: FieldType = "string",
): Column<Row> => ({ name, type, description, value });

export const referTo = (field: string, resource: string): ForeignKey => ({
  fields: [field],
  reference: { resource, fields: ["id"] },
});

/** A list inside a record, one row per item, numbered from 1 in the record's order. */
export function itemsOf<Parent, Item>(
  parents: readonly Parent[],
  items: (parent: Parent) => readonly Item[] | undefined,
): { parent: Parent; item: Item; position: number }[] {
  return parents.flatMap((parent) =>
    (items(parent) ?? []).map((item, index) => ({ parent, item, position: index + 1 })),
  );
}
