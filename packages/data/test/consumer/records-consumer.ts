// A consumer of the records alone, as one with the oldest resolution (node10) would write it.
import { getPerson, type Person, type PersonId, searchByName } from "@labour-left/data";

const id: PersonId = "diane-abbott";
const person: Person | undefined = getPerson(id);
const found: string[] = searchByName("corbin").map((match) => match.record.name);
// @ts-expect-error records are read-only
if (person) person.name = "X";

export { found, person };
