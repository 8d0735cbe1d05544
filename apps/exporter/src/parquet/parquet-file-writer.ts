import { ByteSink, utf8Bytes } from "./byte-sink";
import { type ChunkOutput, type WrittenChunk, writeColumnChunk } from "./column-chunk";
import { type ParquetCell, type ParquetColumn, REPETITION, STORAGE } from "./column-kinds";
import { binary, i32, i64, list, struct, type ThriftValue, writeStruct } from "./thrift-compact";

const MAGIC = utf8Bytes("PAR1");

/** Where the file's bytes go, in order (each call's bytes may be reused once it returns). */
export type WriteBytes = (bytes: Uint8Array) => void;

/**
 * A Parquet file of a flat table, written a row group at a time as its rows come: each column Snappy-compressed,
 * dictionary-encoded where its values repeat, with statistics. The same rows give the same bytes.
 */
export class ParquetFileWriter {
  private readonly output: ChunkOutput;
  private readonly rowGroups: ThriftValue[] = [];
  private rows = 0;

  constructor(
    write: WriteBytes,
    private readonly columns: readonly ParquetColumn[],
    private readonly createdBy: string,
  ) {
    let offset = 0;
    this.output = {
      get offset() {
        return offset;
      },
      write(bytes) {
        write(bytes);
        offset += bytes.length;
      },
    };
    this.output.write(MAGIC);
  }

  /** The file's size so far. */
  get bytes(): number {
    return this.output.offset;
  }

  /** Writes one row group: `columns[i]` holds the i-th column's cells, one per row. */
  writeRowGroup(columns: readonly (readonly ParquetCell[])[]): void {
    const rows = columns[0]?.length ?? 0;
    if (rows === 0) return;
    if (columns.length !== this.columns.length || columns.some((cells) => cells.length !== rows))
      throw new Error(`parquet: a row group needs ${this.columns.length} columns of ${rows} cells each`);
    const chunks: WrittenChunk[] = this.columns.map((column, index) =>
      writeColumnChunk(this.output, column, columns[index] ?? []),
    );
    const sum = (key: "compressedBytes" | "uncompressedBytes") =>
      chunks.reduce((total, chunk) => total + chunk[key], 0);
    this.rowGroups.push(
      struct([
        [
          1,
          list(
            "struct",
            chunks.map((chunk) =>
              struct([
                [2, i64(chunk.start)],
                [3, chunk.metadata],
              ]),
            ),
          ),
        ],
        [2, i64(sum("uncompressedBytes"))],
        [3, i64(rows)],
        [5, i64(chunks[0]?.start ?? 0)],
        [6, i64(sum("compressedBytes"))],
      ]),
    );
    this.rows += rows;
  }

  /** Writes the footer: the schema, the row groups and each column's order for its statistics. */
  finish(): void {
    const footer = new ByteSink(4096);
    writeStruct(footer, [
      [1, i32(2)],
      [
        2,
        list("struct", [
          struct([
            [4, binary("root")],
            [5, i32(this.columns.length)],
          ]),
          ...this.columns.map(schemaElement),
        ]),
      ],
      [3, i64(this.rows)],
      [4, list("struct", this.rowGroups)],
      [6, binary(this.createdBy)],
      // Statistics follow each type's own order (TypeDefinedOrder): text by its UTF-8 bytes.
      [
        7,
        list(
          "struct",
          this.columns.map(() => struct([[1, struct([])]])),
        ),
      ],
    ]);
    footer.uint32(footer.length);
    footer.bytes(MAGIC);
    this.output.write(footer.contents());
  }
}

function schemaElement(column: ParquetColumn): ThriftValue {
  const { physical, converted } = STORAGE[column.kind];
  return struct([
    [1, i32(physical)],
    [3, i32(column.required ? REPETITION.REQUIRED : REPETITION.OPTIONAL)],
    [4, binary(column.name)],
    [6, converted === undefined ? undefined : i32(converted)],
  ]);
}
