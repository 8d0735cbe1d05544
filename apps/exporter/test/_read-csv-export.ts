import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

type Value = string | number | boolean | undefined;
export type CsvRow = Record<string, Value>;

interface PackageField {
  name: string;
  type: string;
}
interface PackageResource {
  name: string;
  path: string;
  format: string;
  schema: {
    fields: PackageField[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
export interface DataPackage {
  resources: PackageResource[];
}

/** Undoes the formula guard by the rule `datapackage.json` states: one leading ' is dropped from a text cell. */
const unguard = (text: string): string => (text.startsWith("'") ? text.slice(1) : text);

function cast(text: string, type: string, guarded: boolean): Value {
  if (text === "") return undefined;
  if (type === "integer" || type === "number") return Number(text);
  if (type === "boolean") return text === "true";
  return guarded ? unguard(text) : text;
}

/** Reads every CSV of an export with a real CSV parser, typed by its data package. */
export function readCsvExport(
  dir: string,
  options: { guarded: boolean },
): { tables: Map<string, CsvRow[]>; headers: Map<string, string[]>; datapackage: DataPackage } {
  const described = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as DataPackage;
  // The CSV tables only: the data package also lists the export's other files.
  const datapackage = { ...described, resources: described.resources.filter((resource) => resource.format === "csv") };
  const tables = new Map<string, CsvRow[]>();
  const headers = new Map<string, string[]>();
  for (const resource of datapackage.resources) {
    const records = parse(readFileSync(join(dir, resource.path)), {
      bom: true,
      relax_column_count: false,
    }) as string[][];
    const [header = [], ...rows] = records;
    headers.set(resource.name, header);
    const types = new Map(resource.schema.fields.map((field) => [field.name, field.type]));
    tables.set(
      resource.name,
      rows.map((row) =>
        Object.fromEntries(
          header.map((name, index) => [name, cast(row[index] ?? "", types.get(name) ?? "string", options.guarded)]),
        ),
      ),
    );
  }
  return { tables, headers, datapackage };
}
