import { z } from "zod";
import { AreaSchema } from "./area";
import { CandidacySchema } from "./candidacy";
import { ContestSchema } from "./contest";
import { ErratumSchema } from "./erratum";
import { EventSchema } from "./event";
import { MembershipSchema } from "./membership";
import { NotionalResultSchema } from "./notional-result";
import { OrganizationSchema } from "./organization";
import { PersonSchema } from "./person";
import { PostSchema } from "./post";
import { SourceSchema } from "./source";
import { StatementSchema } from "./statement";

/** Each collection's item schema, by collection name. */
export const COLLECTION_SCHEMAS = {
  sources: SourceSchema,
  organizations: OrganizationSchema,
  people: PersonSchema,
  memberships: MembershipSchema,
  posts: PostSchema,
  areas: AreaSchema,
  events: EventSchema,
  statements: StatementSchema,
  contests: ContestSchema,
  candidacies: CandidacySchema,
  notionalResults: NotionalResultSchema,
  errata: ErratumSchema,
} as const;

/** A version as semver.org defines it: numbers without leading zeros, then dot-separated letters, digits and hyphens. */
const SEMVER =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** The whole dataset: every collection, the sources, and the package version it shipped in. */
export const DatasetSchema = z
  .strictObject({
    version: z
      .string()
      .max(256, { error: "expected a semantic version of at most 256 characters", abort: true })
      .regex(SEMVER, "expected a semantic version such as 1.2.3 or 2.0.0-next.1 (semver.org)")
      .meta({ description: "The version of @labour-left/data this dataset shipped in." }),
    sources: z.array(SourceSchema),
    organizations: z.array(OrganizationSchema),
    people: z.array(PersonSchema),
    memberships: z.array(MembershipSchema),
    posts: z.array(PostSchema),
    areas: z.array(AreaSchema),
    events: z.array(EventSchema),
    statements: z.array(StatementSchema),
    contests: z.array(ContestSchema),
    candidacies: z.array(CandidacySchema),
    notionalResults: z.array(NotionalResultSchema),
    errata: z.array(ErratumSchema),
  })
  .meta({ id: "Dataset", description: "The whole Labour Left Data dataset." });
export type Dataset = z.infer<typeof DatasetSchema>;
