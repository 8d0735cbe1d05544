import type { CollectionName, Dataset } from "@labour-left/data/schemas";

export type Cell = string | number | boolean | undefined;

/**
 * Table Schema field types used by the tables. `date` is a column that always holds a whole day (YYYY-MM-DD) and
 * `datetime` an instant in UTC; partial dates, and the words `unknown` and `ongoing`, are strings.
 */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "datetime";

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

/**
 * One CSV file: its columns, keys, and the rows each record gives. Rows come record by record, so a table is
 * written from records sorted by id without ever holding the dataset; `collections` are in the order their rows sort.
 */
export interface Table<Row = never, Item = never> {
  readonly name: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly columns: readonly Column<Row>[];
  readonly collections: readonly CollectionName[];
  readonly rowsOf: (record: Item, collection: CollectionName) => readonly Row[];
}

// Tables hold rows of different shapes; each is checked where it is defined, then stored without its row type.
export function defineTable<Row, Item = Row>(
  table: Table<Row, Item> & { readonly columns: readonly Column<NoInfer<Row>>[] },
): Table<unknown, unknown> {
  return table as unknown as Table<unknown, unknown>;
}

/** Every row a table draws from a whole dataset, record by record (not sorted). */
export function tableRows(table: Table<unknown, unknown>, dataset: Dataset): unknown[] {
  return table.collections.flatMap((collection) =>
    dataset[collection].flatMap((record) => table.rowsOf(record, collection)),
  );
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
  parent: Parent,
  items: readonly Item[] | undefined,
): { parent: Parent; item: Item; position: number }[] {
  return (items ?? []).map((item, index) => ({ parent, item, position: index + 1 }));
}
