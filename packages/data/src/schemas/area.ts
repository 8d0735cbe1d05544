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

const ShareSchema = z.number().min(0).max(1);

/** How a constituency of 2024 overlaps one of NELL's constituencies of 2010-2024, each way. */
export const AreaOverlapSchema = z
  .strictObject({
    fromAreaId: IdSchema.meta({ description: "The constituency of 2010-2024 (one of NELL's 33)." }),
    fromPopulationShare: ShareSchema.meta({
      description: "Share of the 2010 constituency's population in the overlap.",
    }),
    toPopulationShare: ShareSchema.meta({
      description: "Share of this 2024 constituency's population in the overlap.",
    }),
    fromResidentialShare: ShareSchema.meta({
      description: "Share of the 2010 constituency's residential area in the overlap.",
    }),
    toResidentialShare: ShareSchema.meta({
      description: "Share of this 2024 constituency's residential area in the overlap.",
    }),
    fromGeographicShare: ShareSchema.meta({
      description: "Share of the 2010 constituency's land area in the overlap.",
    }),
    toGeographicShare: ShareSchema.meta({ description: "Share of this 2024 constituency's land area in the overlap." }),
  })
  .meta({
    id: "AreaOverlap",
    description: "How a constituency of 2024 overlaps one of NELL's constituencies of 2010-2024, as shares of each.",
  });
export type AreaOverlap = z.infer<typeof AreaOverlapSchema>;

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
      description:
        "A constituency's NELL region: for NELL's 33 constituencies the region that holds them; for a constituency of 2024, the region that held more than half its population (a rule of Labour Left Data's, cited as inferred).",
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
    overlaps: z.array(AreaOverlapSchema).optional().meta({
      description:
        "For a constituency of 2024: its overlaps with NELL's 33 constituencies of 2010-2024 (only those; the sources give no others here).",
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
