import { z } from "zod";

/** Topics are Labour Left Data's own classification of statements, not the source's. */
export const TOPICS = {
  "trade-unions": "Trade unions",
  work: "Work and employment",
  "living-standards": "Income, poverty and living standards",
  "public-ownership": "Public ownership and infrastructure",
  "health-and-care": "Health and social care",
  housing: "Housing",
  education: "Education",
  media: "News media",
  environment: "Environment and climate",
  economy: "Economic policy",
  equality: "Equality and discrimination",
  international: "International policy",
  "party-democracy": "Labour Party democracy and procedures",
  "local-government": "Local government",
  socialism: "Socialism",
} as const;
export type Topic = keyof typeof TOPICS;

export const TopicSchema = z
  .enum(Object.keys(TOPICS) as [Topic, ...Topic[]])
  .meta({ description: "A topic from Labour Left Data's own classification (not the source's)." });
