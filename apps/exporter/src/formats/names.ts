/** Every format the exporter writes, by the name `--format` takes. */
export const FORMATS = ["json", "csv", "popolo", "jsonschema", "sqlite", "parquet", "geojson", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];
