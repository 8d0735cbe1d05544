// The reference's whole-contest files, read for the tests that check the records against them.
import { parse } from "csv-parse/sync";
import { dataset } from "../src/index";
import type { Area, Organization, Person } from "../src/schemas/types";
import { REFERENCE_DIR, readShared } from "./_shared";

export type Row = Record<string, string>;

export const readResults = (file: string): Row[] =>
  parse(readShared(`${REFERENCE_DIR}/results_2010_2024/${file}`), { columns: true, bom: true });

/** A test's own decoding of the HTML character references the general-election export writes. */
export const decoded = (text: string): string =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

export const identifierOf = (record: Person | Area | Organization, scheme: string): string | undefined =>
  record.identifiers.find((identifier) => identifier.scheme === scheme)?.identifier;

export function areaWithGss(gss: string): Area {
  const area = dataset.areas.find((candidate) => identifierOf(candidate, "gss") === gss);
  if (!area) throw new Error(`no area with GSS code ${gss}`);
  return area;
}

export const personWithMemberId = (member: string): Person | undefined =>
  member === "" ? undefined : dataset.people.find((person) => identifierOf(person, "uk-parliament") === member);

export const partyWithMnisId = (mnis: string): Organization | undefined =>
  dataset.organizations.find((organization) => identifierOf(organization, "uk-parliament-party") === mnis);

/** The day in the UK on which an instant fell, worked out here with the platform's time zone data. */
export const ukDay = (instant: Date): string =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/London" }).format(instant);

export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** "2019-12-13 03:21:00 UTC" as the source writes it, as an instant. */
export const sourceInstant = (text: string): Date => new Date(text.replace(" UTC", "Z").replace(" ", "T"));
