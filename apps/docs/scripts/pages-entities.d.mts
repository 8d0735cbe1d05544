import type { Area, Dataset, Organization, Person, Post, Source } from "@labour-left/data";

/** What the page makers need from the records, by id. */
export interface PageContext {
  readonly dataset: Dataset;
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly organizationsById: ReadonlyMap<string, Organization>;
  readonly peopleById: ReadonlyMap<string, Person>;
  readonly areasById: ReadonlyMap<string, Area>;
  readonly postsById: ReadonlyMap<string, Post>;
}

export function areaTitle(area: Area): string;
export function personPage(person: Person, context: PageContext): string;
export function placePage(area: Area, context: PageContext): string;
export function groupPage(organization: Organization, context: PageContext): string;
export function eventPage(event: Dataset["events"][number], context: PageContext): string;
