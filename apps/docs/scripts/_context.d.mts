import type { Dataset } from "@labour-left/data";
import type { PageContext } from "./pages-entities.mjs";

export function pageContext(dataset: Dataset): PageContext;
