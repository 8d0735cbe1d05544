import { z } from "zod";
import { IdSchema, NoteSchema, TextSchema } from "./_common";
import { IdentifierSchema, OtherNameSchema } from "./identifier";
import { EndDateSchema, PartialDateSchema } from "./partial-date";
import { SourcesSchema } from "./provenance";

/** A local authority that overlaps an area, with the share of the area's population living in it. */
export const LocalAuthorityShareSchema = z
  .strictObject({
    code: z.string().regex(/^[EWSN]\d{8}$/, "expected a GSS code such as E06000047"),
    name: TextSchema,
    populationShare: z
      .number()
      .gt(0)
      .lte(1)
      .meta({ description: "Share of the area's population, 0 to 1, as the source rounds it." }),
  })
  .meta({
    id: "LocalAuthorityShare",
    description: "A local authority that overlaps an area, with its population share.",
  });
export type LocalAuthorityShare = z.infer<typeof LocalAuthorityShareSchema>;

/** A region of NELL's, or a Westminster constituency. */
export const AreaSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema.meta({
      description: "The name as the article gives it, or the official name where the article does not name the area.",
    }),
    classification: z.enum(["nell-region", "constituency"]).meta({
      description: "Labour Left Data's own label: one of NELL's regions, or a Westminster constituency.",
    }),
    parentId: IdSchema.optional().meta({
      description: "The area that contains this one (a constituency's NELL region).",
    }),
    startDate: PartialDateSchema.optional().meta({
      description: "When a constituency's boundaries came into force, as the election results give it.",
    }),
    endDate: EndDateSchema.optional().meta({
      description: "When a constituency's boundaries ended; 'unknown' where no source here gives an end.",
    }),
    localAuthorities: z.array(LocalAuthorityShareSchema).optional().meta({
      description: "The 2023 local authorities the area overlaps, largest population share first.",
    }),
    note: NoteSchema.optional().meta({
      description: "How the area's region was chosen, or what sets it apart (such as straddling local authorities).",
    }),
    otherNames: z.array(OtherNameSchema),
    identifiers: z.array(IdentifierSchema),
    sources: SourcesSchema,
  })
  .meta({ id: "Area", description: "A region of NELL's, or a Westminster constituency (Popolo Area)." });
export type Area = z.infer<typeof AreaSchema>;
