import type { Stage } from "../stage/stage";
import { TABLES } from "../tables/index";
import { VIEW_TABLES } from "../tables/views";
import { stableJson } from "./_json-text";
import type { ExportContext } from "./_writer";
import { type CsvOptions, FORMULA_GUARD_RULE } from "./csv";

/** The licence of the data, as the data package and Datasette's metadata declare it (the code is MIT). */
export const DATA_LICENSES = [
  {
    name: "CC-BY-4.0",
    path: "https://creativecommons.org/licenses/by/4.0/",
    title: "Creative Commons Attribution 4.0 International",
  },
];

/** The export's other files, as data package resources: what each holds and how to open it. */
function otherResources(formats: readonly string[]): Record<string, unknown>[] {
  const resources: Record<string, unknown>[] = [];
  if (formats.includes("sqlite")) {
    resources.push({
      name: "labour-left-db",
      path: "labour-left.db",
      format: "sqlite",
      mediatype: "application/vnd.sqlite3",
      description:
        "The CSV tables as a SQLite database, with keys, indexes and views; metadata.json describes it for Datasette.",
    });
  }
  if (formats.includes("parquet")) {
    for (const table of [...TABLES, ...VIEW_TABLES]) {
      resources.push({
        name: `${table.name.replaceAll("_", "-")}-parquet`,
        path: `parquet/${table.name}.parquet`,
        format: "parquet",
        mediatype: "application/vnd.apache.parquet",
        description: `The ${table.name} table as Parquet, with logical types.`,
      });
    }
  }
  if (formats.includes("geojson")) {
    resources.push({
      name: "areas-geojson",
      path: "areas.geojson",
      format: "geojson",
      mediatype: "application/geo+json",
      encoding: "utf-8",
      description:
        "Every constituency with a shape, as RFC 7946 GeoJSON (WGS 84, right-hand rule): id, name, GSS code, NELL region and boundaries. The shapes are the ONS's generalised boundaries under the Open Government Licence v3.0 (see sources).",
    });
  }
  return resources;
}

/**
 * A Frictionless Data Package describing every CSV with a Table Schema, the licence and the sources, and the
 * export's other files: a tabular data package when the CSVs are all there is, a data package otherwise (a tabular
 * one may list only tables).
 */
export async function writeDataPackage(
  stage: Stage,
  { version, sources }: ExportContext,
  csv: CsvOptions = {},
  formats: readonly string[] = ["csv"],
): Promise<void> {
  const guard = csv.guardFormulas ?? true;
  const others = otherResources(formats);
  const descriptor = {
    profile: others.length > 0 ? "data-package" : "tabular-data-package",
    name: "labour-left-data",
    title: "Labour Left Data",
    description: `Sourced records about Northern England Labour Left and the Socialist Campaign Groups of Labour MPs and Labour Councillors, the elections their people and NELL's constituencies fought (every candidate), and the 2024 boundaries.${guard ? ` ${FORMULA_GUARD_RULE}` : ""}`,
    version,
    licenses: DATA_LICENSES,
    sources: sources.map((source) => ({
      title: `${source.title} (${source.publisher}${source.license ? `; licence: ${source.license}` : ""})`,
      ...(source.url ? { path: source.url } : {}),
    })),
    resources: [
      ...[...TABLES, ...VIEW_TABLES].map((table) => ({
        name: table.name,
        path: `csv/${table.name}.csv`,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        // With a byte order mark, the name Python's frictionless and codecs use for UTF-8 that starts with one.
        encoding: csv.bom ? "utf-8-sig" : "utf-8",
        description: guard ? `${table.description} ${FORMULA_GUARD_RULE}` : table.description,
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: table.columns.map((column) => ({
            name: column.name,
            type: column.type,
            description: column.description,
          })),
          missingValues: [""],
          primaryKey: [...table.primaryKey],
          // The Table Schema spec does not allow an empty list of foreign keys.
          ...(table.foreignKeys.length > 0
            ? {
                foreignKeys: table.foreignKeys.map((key) => ({
                  fields: [...key.fields],
                  reference: { resource: key.reference.resource, fields: [...key.reference.fields] },
                })),
              }
            : {}),
        },
      })),
      ...others,
    ],
  };
  const file = await stage.create("datapackage.json", () => descriptor.resources.length);
  await file.write(stableJson(descriptor));
}
