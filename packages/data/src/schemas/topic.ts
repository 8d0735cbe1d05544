import { z } from "zod";

import { TOPICS, type Topic } from "../vocabulary";

export type { Topic };
export { TOPICS };

export const TopicSchema = z
  .enum(Object.keys(TOPICS) as [Topic, ...Topic[]])
  .meta({ description: "A topic from Labour Left Data's own classification (not the source's)." });
