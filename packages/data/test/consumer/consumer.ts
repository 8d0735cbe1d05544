import { dataset, getPerson, membersOf, type Person, type PersonId } from "@labour-left/data";
import {
  type Person as AnyPerson,
  PersonSchema,
  type ValidationResult,
  validateDataset,
} from "@labour-left/data/schemas";

const { people } = dataset;

const id: PersonId = "diane-abbott";
const person: Person | undefined = getPerson(id);
const names: string[] = membersOf("scg-mps").map((member) => member.person.name);
// The schemas entry's types are those of any dataset, whatever its ids.
const parsed: AnyPerson = PersonSchema.parse(people[0]);
const result: ValidationResult = validateDataset({});
// @ts-expect-error a consumer's typo in an id fails to compile
getPerson("dianne-abbot");

export { names, parsed, person, result };
