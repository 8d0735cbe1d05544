import type { Stage } from "../stage/stage";
import { TABLES } from "../tables/index";
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

/** A Frictionless Data Package describing every CSV with a Table Schema, the licence and the sources. */
export async function writeDataPackage(
  stage: Stage,
  { version, sources }: ExportContext,
  csv: CsvOptions = {},
): Promise<void> {
  const guard = csv.guardFormulas ?? true;
  const descriptor = {
    profile: "tabular-data-package",
    name: "labour-left-data",
    title: "Labour Left Data",
    description: `Sourced records about Northern England Labour Left and the Socialist Campaign Groups of Labour MPs and Labour Councillors, and the general-election candidacies of the people they name.${guard ? ` ${FORMULA_GUARD_RULE}` : ""}`,
    version,
    licenses: DATA_LICENSES,
    sources: sources.map((source) => ({
      title: `${source.title} (${source.publisher}${source.license ? `; licence: ${source.license}` : ""})`,
      ...(source.url ? { path: source.url } : {}),
    })),
    resources: TABLES.map((table) => ({
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
  };
  const file = await stage.create("datapackage.json", () => TABLES.length);
  await file.write(stableJson(descriptor));
}
