import { maidenSpeechRecords } from "./maiden-speeches";
import { personRecords } from "./people";

// Maiden speeches come with the results data, the people are written by hand: they meet here, so that the built
// package ships one people file and a program that asks for people reads and parses one file, not two.
export function peopleWithMaidenSpeeches(): readonly unknown[] {
  const speeches = new Map(maidenSpeechRecords.map(({ personId, ...speech }) => [personId as string, speech]));
  return personRecords.map((person) => {
    const maidenSpeech = speeches.get(person.id);
    return maidenSpeech === undefined ? person : { ...person, maidenSpeech };
  });
}
