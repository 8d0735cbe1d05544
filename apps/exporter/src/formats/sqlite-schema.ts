import type { FieldType, Table } from "../tables/index";

// Dates as ISO 8601 text, which SQLite's date functions read.
const SQL_TYPES: Record<FieldType, string> = {
  string: "TEXT",
  integer: "INTEGER",
  number: "REAL",
  boolean: "INTEGER",
  date: "TEXT",
  datetime: "TEXT",
};

export const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A STRICT table with the CSV table's columns, types, primary key and foreign keys. */
export function createTableSql(table: Table<unknown, unknown>): string {
  const columns = table.columns.map((column) => `  ${quoteName(column.name)} ${SQL_TYPES[column.type]}`);
  const primaryKey = `  PRIMARY KEY (${table.primaryKey.map(quoteName).join(", ")})`;
  const foreignKeys = table.foreignKeys.map(
    (key) =>
      `  FOREIGN KEY (${key.fields.map(quoteName).join(", ")}) REFERENCES ${quoteName(key.reference.resource)} (${key.reference.fields.map(quoteName).join(", ")})`,
  );
  return `CREATE TABLE ${quoteName(table.name)} (\n${[...columns, primaryKey, ...foreignKeys].join(",\n")}\n) STRICT;`;
}

/** An index on each foreign key, for the joins people write. */
export const createIndexesSql = (table: Table<unknown, unknown>): string[] =>
  table.foreignKeys.map((key) => {
    const name = `${table.name}_${key.fields.join("_")}`;
    return `CREATE INDEX ${quoteName(name)} ON ${quoteName(table.name)} (${key.fields.map(quoteName).join(", ")});`;
  });
