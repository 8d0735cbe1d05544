import { z } from "zod";
import { IdSchema, TextSchema } from "./_common";
import { SourcesSchema } from "./provenance";

/** A seat that one person holds at a time, such as MP for a constituency. */
export const PostSchema = z
  .strictObject({
    id: IdSchema,
    label: TextSchema,
    organizationId: IdSchema,
    areaId: IdSchema.optional(),
    sources: SourcesSchema,
  })
  .meta({
    id: "Post",
    description: "A seat that one person holds at a time, such as MP for a constituency (Popolo Post).",
  });
export type Post = z.infer<typeof PostSchema>;
