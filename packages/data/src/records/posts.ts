import type { PostInput } from "./_types";
import type { ConstituencyId } from "./constituencies";
import type { OrganizationId } from "./organizations";
import type { SourceId } from "./sources";

export const postRecords = [] as const satisfies readonly PostInput<SourceId, OrganizationId, ConstituencyId>[];

export type PostId = (typeof postRecords)[number]["id"];
