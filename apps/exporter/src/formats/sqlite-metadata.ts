import type { Stage } from "../stage/stage";
import { TABLES } from "../tables/index";
import { VIEW_TABLES } from "../tables/views";
import { stableJson } from "./_json-text";
import type { ExportContext } from "./_writer";
import { DATA_LICENSES } from "./datapackage";
import { SQLITE_VIEWS } from "./sqlite-views";

/**
 * Datasette's `metadata.json` for `labour-left.db`: the title, licence and sources, and a description of every
 * table, column and view, taken from the same declarations as the CSV tables.
 */
export async function writeDatasetteMetadata(stage: Stage, { version, sources }: ExportContext): Promise<void> {
  const [license] = DATA_LICENSES;
  const metadata = {
    title: `Labour Left Data ${version}`,
    description:
      "Sourced records about Northern England Labour Left and the Socialist Campaign Groups of Labour MPs and Labour Councillors, the elections their people and NELL's constituencies fought (every candidate), and the 2024 boundaries. Every record's sources are in the provenance table.",
    license: license?.title,
    license_url: license?.path,
    source: sources.map((source) => `${source.title} (${source.publisher})`).join("; "),
    databases: {
      "labour-left": {
        tables: Object.fromEntries([
          ...TABLES.map((table) => [
            table.name,
            {
              description: table.description,
              columns: Object.fromEntries(table.columns.map((column) => [column.name, column.description])),
            },
          ]),
          ...SQLITE_VIEWS.map((view) => {
            const columns = VIEW_TABLES.find((table) => table.name === view.name)?.columns;
            return [
              view.name,
              {
                description: view.description,
                ...(columns
                  ? { columns: Object.fromEntries(columns.map((column) => [column.name, column.description])) }
                  : {}),
              },
            ];
          }),
        ]),
      },
    },
  };
  const file = await stage.create("metadata.json", () => TABLES.length + SQLITE_VIEWS.length);
  await file.write(stableJson(metadata));
}
