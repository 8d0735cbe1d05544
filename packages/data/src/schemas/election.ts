import { z } from "zod";
import { PartialDateSchema } from "./partial-date";

/** A polling day, always known to the day. */
export const PollingDaySchema = PartialDateSchema.regex(/^\d{4}-\d{2}-\d{2}$/, "expected a polling day as YYYY-MM-DD");

export const ElectionKindSchema = z.enum(["general", "by-election"]).meta({
  description:
    "'general': a general election to the House of Commons; 'by-election': an election to fill one vacant seat.",
});
