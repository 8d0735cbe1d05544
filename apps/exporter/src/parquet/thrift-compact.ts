import { type ByteSink, utf8Bytes } from "./byte-sink";

/**
 * Thrift's compact protocol, as Parquet writes its page headers and footer: only what those use (32- and 64-bit
 * integers, booleans, binary and text, structs and lists).
 */
export type ThriftValue =
  | { readonly type: "i32" | "i64"; readonly value: number }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "binary"; readonly value: Uint8Array | string }
  | { readonly type: "struct"; readonly value: ThriftStruct }
  | { readonly type: "list"; readonly element: "i32" | "binary" | "struct"; readonly value: readonly ThriftValue[] };

/** A struct's fields by id; an absent (undefined) field is not written. */
export type ThriftStruct = readonly (readonly [id: number, value: ThriftValue | undefined])[];

export const i32 = (value: number): ThriftValue => ({ type: "i32", value });
export const i64 = (value: number): ThriftValue => ({ type: "i64", value });
export const bool = (value: boolean): ThriftValue => ({ type: "bool", value });
export const binary = (value: Uint8Array | string): ThriftValue => ({ type: "binary", value });
export const struct = (value: ThriftStruct): ThriftValue => ({ type: "struct", value });
export const list = (element: "i32" | "binary" | "struct", value: readonly ThriftValue[]): ThriftValue => ({
  type: "list",
  element,
  value,
});

// The compact protocol's type codes.
const CODES = { i32: 5, i64: 6, binary: 8, list: 9, struct: 12 } as const;
const TRUE = 1;
const FALSE = 2;

/** Zigzag: small negative numbers as small unsigned ones. */
const zigzag = (value: number): number => (value >= 0 ? value * 2 : -value * 2 - 1);

/** Writes a struct (its fields in the order given, which must be rising ids) and its stop byte. */
export function writeStruct(sink: ByteSink, fields: ThriftStruct): void {
  let lastId = 0;
  for (const [id, value] of fields) {
    if (value === undefined) continue;
    if (id <= lastId) throw new Error(`thrift: field ${id} written after field ${lastId}`);
    const code = value.type === "bool" ? (value.value ? TRUE : FALSE) : CODES[value.type];
    if (id - lastId <= 15) sink.byte(((id - lastId) << 4) | code);
    else {
      sink.byte(code);
      sink.varint(zigzag(id));
    }
    lastId = id;
    if (value.type !== "bool") writeValue(sink, value);
  }
  sink.byte(0);
}

function writeValue(sink: ByteSink, value: ThriftValue): void {
  switch (value.type) {
    case "i32":
    case "i64":
      sink.varint(zigzag(value.value));
      return;
    case "bool":
      sink.byte(value.value ? TRUE : FALSE);
      return;
    case "binary": {
      const bytes = typeof value.value === "string" ? utf8Bytes(value.value) : value.value;
      sink.varint(bytes.length);
      sink.bytes(bytes);
      return;
    }
    case "struct":
      writeStruct(sink, value.value);
      return;
    case "list": {
      const size = value.value.length;
      const code = CODES[value.element];
      if (size < 15) sink.byte((size << 4) | code);
      else {
        sink.byte(0xf0 | code);
        sink.varint(size);
      }
      for (const element of value.value) writeValue(sink, element);
    }
  }
}
