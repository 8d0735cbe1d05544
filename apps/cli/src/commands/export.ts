export { run as runExport } from "@labour-left/exporter";
