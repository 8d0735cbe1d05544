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

/** The whole dataset: every collection, the sources, and the package version it shipped in. */
export const DatasetSchema = z
  .strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+].+)?$/, "expected a semver version such as 1.2.3"),
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
