/** What a column holds, and so how it is stored. */
export type ParquetKind = "string" | "int64" | "double" | "boolean" | "date" | "timestamp-millis";

/** A column of a flat table: its name, kind, and whether every row has a value. */
export interface ParquetColumn {
  readonly name: string;
  readonly kind: ParquetKind;
  readonly required: boolean;
}

/** A cell as given: text, a number (a date or timestamp as its ISO text), a boolean, or absent. */
export type ParquetCell = string | number | boolean | undefined;

/** A cell as stored: text, a number (days since 1970 for a date, milliseconds for a timestamp) or a boolean. */
export type StoredValue = string | number | boolean;

// Parquet's enumerations, by their numbers in parquet.thrift.
export const PHYSICAL_TYPE = { BOOLEAN: 0, INT32: 1, INT64: 2, DOUBLE: 5, BYTE_ARRAY: 6 } as const;
export const CONVERTED_TYPE = { UTF8: 0, DATE: 6, TIMESTAMP_MILLIS: 9 } as const;
export const REPETITION = { REQUIRED: 0, OPTIONAL: 1 } as const;
export const ENCODING = { PLAIN: 0, RLE: 3, RLE_DICTIONARY: 8 } as const;
export const PAGE_TYPE = { DATA_PAGE: 0, DICTIONARY_PAGE: 2 } as const;
export const CODEC_SNAPPY = 1;

/** Each kind's physical type, and the converted type readers show it as. */
export const STORAGE: Record<ParquetKind, { readonly physical: number; readonly converted?: number }> = {
  string: { physical: PHYSICAL_TYPE.BYTE_ARRAY, converted: CONVERTED_TYPE.UTF8 },
  int64: { physical: PHYSICAL_TYPE.INT64 },
  double: { physical: PHYSICAL_TYPE.DOUBLE },
  boolean: { physical: PHYSICAL_TYPE.BOOLEAN },
  date: { physical: PHYSICAL_TYPE.INT32, converted: CONVERTED_TYPE.DATE },
  "timestamp-millis": { physical: PHYSICAL_TYPE.INT64, converted: CONVERTED_TYPE.TIMESTAMP_MILLIS },
};

const DAY_MS = 86_400_000;

/** A cell as the value its column stores; throws, naming the column, on a cell of the wrong kind. */
export function storedValue(cell: Exclude<ParquetCell, undefined>, column: ParquetColumn): StoredValue {
  switch (column.kind) {
    case "string":
      if (typeof cell === "string") return cell;
      break;
    case "int64":
      if (Number.isSafeInteger(cell)) return cell;
      break;
    case "double":
      if (typeof cell === "number") return cell;
      break;
    case "boolean":
      if (typeof cell === "boolean") return cell;
      break;
    case "date": {
      const match = typeof cell === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell) : null;
      if (match) return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
      break;
    }
    case "timestamp-millis": {
      const ms = typeof cell === "string" ? Date.parse(cell) : Number.NaN;
      if (Number.isSafeInteger(ms)) return ms;
      break;
    }
  }
  throw new Error(`parquet: column ${column.name} (${column.kind}) cannot hold ${JSON.stringify(cell)}`);
}
