import { join } from "node:path";
import type {
  Area,
  CollectionName,
  Event,
  Identifier,
  Membership,
  Organization,
  OtherName,
  Person,
  Post,
  SourceRef,
} from "@labour-left/data/schemas";
import { BufferedFile } from "../stage/buffered-file";
import type { Stage } from "../stage/stage";
import { copyIndented } from "./_copy-indented";
import { eachRecord } from "./_each-record";
import { indentedItem } from "./_json-text";
import type { ExportContext, FormatWriter } from "./_writer";

type Json = Record<string, unknown>;

/** Popolo dates are partial dates; "unknown" and "ongoing" have no Popolo form and are left out. */
const popoloDate = (date: string | undefined): string | undefined =>
  date === undefined || date === "unknown" || date === "ongoing" ? undefined : date;

const withoutUndefined = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

const identifiers = (list: readonly Identifier[]) => list.map(({ scheme, identifier }) => ({ scheme, identifier }));
const otherNames = (list: readonly OtherName[]) => list.map(({ name, note }) => ({ name, note }));

/** What converting a record needs from records that came before it. */
interface Lookups {
  readonly sourceUrls: ReadonlyMap<string, string>;
  readonly sourceTitles: ReadonlyMap<string, string>;
  readonly personNames: ReadonlyMap<string, string>;
}

/**
 * Popolo `sources`: every citation as a link, to the page the fact is on where the citation gives one, else to the
 * source; the note says where in the source, which fields it supports, and whether it is stated or inferred, and why.
 */
function links(lookups: Lookups, refs: readonly SourceRef[]): Json[] {
  return refs.flatMap((ref) => {
    const url = ref.url ?? lookups.sourceUrls.get(ref.sourceId);
    if (!url) return [];
    const where = ref.locator
      ? `${ref.locator.section}, paragraph ${ref.locator.paragraph}${ref.locator.bullet ? `, bullet ${ref.locator.bullet}` : ""}`
      : ref.note;
    const note = [
      `${lookups.sourceTitles.get(ref.sourceId) ?? ref.sourceId}${where ? `: ${where}` : ""}`,
      ref.fields ? `supports ${ref.fields.join(", ")}` : undefined,
      ref.basis === "inferred" ? `inferred: ${ref.reason}` : "stated",
    ];
    return [{ url, note: note.filter(Boolean).join("; ") }];
  });
}

/** Each collection Popolo has, under Popolo's name, with how one record becomes one Popolo object. */
const CONVERTERS: { readonly [Name in CollectionName]?: readonly [string, (record: never, lookups: Lookups) => Json] } =
  {
    people: [
      "persons",
      (person: Person, lookups) =>
        withoutUndefined({
          id: person.id,
          name: person.name,
          other_names: otherNames(person.otherNames),
          identifiers: identifiers(person.identifiers),
          sources: links(lookups, person.sources),
        }),
    ],
    organizations: [
      "organizations",
      (organization: Organization, lookups) =>
        withoutUndefined({
          id: organization.id,
          name: organization.name,
          classification: organization.classification,
          other_names: otherNames([
            ...(organization.abbreviation
              ? [{ name: organization.abbreviation, note: "abbreviation", sources: [] }]
              : []),
            ...organization.otherNames,
          ]),
          identifiers: identifiers(organization.identifiers),
          sources: links(lookups, organization.sources),
        }),
    ],
    memberships: [
      "memberships",
      (membership: Membership, lookups) =>
        withoutUndefined({
          id: membership.id,
          person_id: membership.personId,
          organization_id: membership.organizationId,
          post_id: membership.postId,
          role: membership.role,
          start_date: popoloDate(membership.startDate),
          end_date: popoloDate(membership.endDate),
          sources: links(lookups, membership.sources),
        }),
    ],
    posts: [
      "posts",
      (post: Post, lookups) =>
        withoutUndefined({
          id: post.id,
          label: post.label,
          organization_id: post.organizationId,
          area_id: post.areaId,
          sources: links(lookups, post.sources),
        }),
    ],
    areas: [
      "areas",
      (area: Area, lookups) =>
        withoutUndefined({
          id: area.id,
          name: area.name,
          classification: area.classification,
          parent_id: area.parentId,
          identifier: area.identifiers.find((entry) => entry.scheme === "gss")?.identifier,
          sources: links(lookups, area.sources),
        }),
    ],
    events: [
      "events",
      (event: Event, lookups) =>
        withoutUndefined({
          id: event.id,
          name: event.name,
          // Popolo's own word for a legislature's term.
          classification: event.classification === "legislative-period" ? "legislative period" : event.classification,
          organization_id: event.organizationId,
          start_date: popoloDate(event.startDate),
          end_date: popoloDate(event.endDate),
          identifiers: event.identifiers ? identifiers(event.identifiers) : undefined,
          attendees: event.participants.map((participant) => ({
            id: participant.personId,
            name: lookups.personNames.get(participant.personId) ?? participant.personId,
          })),
          sources: links(lookups, event.sources),
        }),
    ],
  };

interface Part {
  readonly file: BufferedFile;
  count: number;
}

/**
 * `popolo.json` (persons, organizations, memberships, posts, areas, events) in the Popolo specification's own
 * vocabulary and snake_case names. Each list is written to a working file as records pass, then joined.
 * Sources come first and people before events, so links and attendees' names are known when needed.
 */
export function createPopoloWriter(stage: Stage): FormatWriter {
  const sourceUrls = new Map<string, string>();
  const sourceTitles = new Map<string, string>();
  const personNames = new Map<string, string>();
  const lookups: Lookups = { sourceUrls, sourceTitles, personNames };
  const parts = new Map<string, Part>();
  const partOf = (name: string): Part => {
    let part = parts.get(name);
    if (part === undefined) {
      part = { file: new BufferedFile(join(stage.scratch, `popolo-${name}.json`)), count: 0 };
      parts.set(name, part);
    }
    return part;
  };

  return {
    add: eachRecord((collection, record) => {
      if (collection === "sources") {
        if (typeof record.url === "string") sourceUrls.set(String(record.id), record.url);
        sourceTitles.set(String(record.id), String(record.title));
      }
      if (collection === "people") personNames.set(String(record.id), String(record.name));
      const converter = CONVERTERS[collection];
      if (converter === undefined) return undefined;
      const [name, convert] = converter;
      const part = partOf(name);
      part.count += 1;
      return part.file.write(
        `${part.count === 1 ? "[\n" : ",\n"}${indentedItem(convert(record as never, lookups), 1)}`,
      );
    }),
    async finish(_context: ExportContext) {
      const names = Object.values(CONVERTERS)
        .map(([name]) => name)
        .sort();
      let total = 0;
      const popolo = await stage.create("popolo.json", () => total);
      await popolo.write("{\n");
      for (const [index, name] of names.entries()) {
        const part = partOf(name);
        total += part.count;
        await part.file.write(part.count === 0 ? "[]\n" : "\n]\n");
        await part.file.close();
        await popolo.write(`${index === 0 ? "" : ",\n"}  ${JSON.stringify(name)}: `);
        await copyIndented(part.file.path, popolo, "  ");
      }
      await popolo.write("\n}\n");
    },
  };
}
