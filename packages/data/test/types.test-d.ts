import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type AreaId,
  type Candidacy,
  type CandidacyId,
  candidaciesIn,
  candidaciesOf,
  type Dataset,
  dataset,
  getPerson,
  membersOf,
  type OrganizationId,
  type Person,
  type PersonId,
  type PostId,
  partyStoodFor,
  type SourceId,
  statementsOf,
} from "../src/index";
import type { DeepReadonly, MembershipInput } from "../src/records/_types";
import type * as schemas from "../src/schemas";
import type {
  Area as AnyArea,
  Candidacy as AnyCandidacy,
  Dataset as AnyDataset,
  Erratum as AnyErratum,
  Event as AnyEvent,
  Membership as AnyMembership,
  Organization as AnyOrganization,
  Person as AnyPerson,
  Post as AnyPost,
  Source as AnySource,
  Statement as AnyStatement,
} from "../src/schemas";

type MembershipRecord = MembershipInput<SourceId, PersonId, OrganizationId, PostId>;

describe("id types derived from the records", () => {
  it("accept ids that exist and reject ids that do not", () => {
    expectTypeOf<"diane-abbott">().toExtend<PersonId>();
    expectTypeOf<"nobody">().not.toExtend<PersonId>();
    expectTypeOf(getPerson).parameter(0).toEqualTypeOf<PersonId>();
    expectTypeOf(getPerson("diane-abbott")).toEqualTypeOf<Person | undefined>();
    // @ts-expect-error no person has this id
    getPerson("dianne-abbot");
    // @ts-expect-error no group has this id
    membersOf("no-such-group");
    // @ts-expect-error "pledge" is not a statement kind
    statementsOf("nell", { kind: "pledge" });
  });

  it("make a record that refers to a missing id fail to compile", () => {
    const valid = {
      id: "x",
      personId: "diane-abbott",
      organizationId: "scg-mps",
      role: "member",
      startDate: "unknown",
      endDate: "unknown",
      sources: [{ sourceId: "organising-around-socialist-policies", basis: "stated" }],
    } as const satisfies MembershipRecord;
    expectTypeOf(valid.personId).toExtend<PersonId>();
    const missingPerson = {
      ...valid,
      personId: "nobody",
    } as const;
    // @ts-expect-error the person does not exist
    missingPerson satisfies MembershipRecord;
    const missingSource = { ...valid, sources: [{ sourceId: "a-blog", basis: "stated" }] } as const;
    // @ts-expect-error the source does not exist
    missingSource satisfies MembershipRecord;
  });

  it("type candidacies and their ids, and keep 2024 constituencies apart from 2010 ones", () => {
    expectTypeOf<"ge2024-jeremy-corbyn">().toExtend<CandidacyId>();
    expectTypeOf<"ge2099-jeremy-corbyn">().not.toExtend<CandidacyId>();
    expectTypeOf<"islington-north-2024">().toExtend<AreaId>();
    expectTypeOf<"islington-north">().toExtend<AreaId>();
    expectTypeOf(candidaciesOf("jeremy-corbyn")).toEqualTypeOf<Candidacy[]>();
    expectTypeOf(candidaciesIn).parameter(0).toEqualTypeOf<AreaId>();
    expectTypeOf(partyStoodFor).parameter(0).toEqualTypeOf<PersonId>();
    expectTypeOf(dataset.candidacies).toEqualTypeOf<readonly Candidacy[]>();
    // @ts-expect-error no person has this id
    candidaciesOf("jeremy-corbin");
    // @ts-expect-error no area has this id
    candidaciesIn("islington-north-2030");
  });

  it("types the dataset with the records' types, read-only all the way down", () => {
    expectTypeOf(dataset).toEqualTypeOf<Dataset>();
    expectTypeOf(dataset.people).toEqualTypeOf<readonly Person[]>();
    // @ts-expect-error a record cannot be changed
    dataset.people[0].name = "X";
    // @ts-expect-error nor a list inside one
    dataset.people[0]?.identifiers.push(dataset.people[0].identifiers[0]);
  });

  it("writes out, with no zod, exactly what each zod schema infers (read-only)", () => {
    type Inferred<Schema extends z.ZodType> = DeepReadonly<z.infer<Schema>>;
    expectTypeOf<Inferred<typeof schemas.PersonSchema>>().toEqualTypeOf<AnyPerson>();
    expectTypeOf<Inferred<typeof schemas.OrganizationSchema>>().toEqualTypeOf<AnyOrganization>();
    expectTypeOf<Inferred<typeof schemas.MembershipSchema>>().toEqualTypeOf<AnyMembership>();
    expectTypeOf<Inferred<typeof schemas.PostSchema>>().toEqualTypeOf<AnyPost>();
    expectTypeOf<Inferred<typeof schemas.AreaSchema>>().toEqualTypeOf<AnyArea>();
    expectTypeOf<Inferred<typeof schemas.EventSchema>>().toEqualTypeOf<AnyEvent>();
    expectTypeOf<Inferred<typeof schemas.StatementSchema>>().toEqualTypeOf<AnyStatement>();
    expectTypeOf<Inferred<typeof schemas.CandidacySchema>>().toEqualTypeOf<AnyCandidacy>();
    expectTypeOf<Inferred<typeof schemas.ErratumSchema>>().toEqualTypeOf<AnyErratum>();
    expectTypeOf<Inferred<typeof schemas.SourceSchema>>().toEqualTypeOf<AnySource>();
    expectTypeOf<Inferred<typeof schemas.DatasetSchema>>().toEqualTypeOf<AnyDataset>();
  });
});
