import { z } from "zod";

/** Stable lowercase slug, unique within its collection and never reused. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase slug such as 'diane-abbott'")
  .meta({ description: "Stable lowercase slug, unique within its collection and never reused." });

/** Text kept as the source wrote it, after whitespace normalisation (no leading, trailing or doubled spaces). */
export const NormalisedTextSchema = z
  .string()
  .min(1)
  .refine((text) => text === normaliseWhitespace(text), {
    message: "expected whitespace-normalised text (single spaces, no leading or trailing space)",
  });

/** Collapses every run of whitespace (including U+00A0) to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
