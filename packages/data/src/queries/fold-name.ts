/** Lower case, without accents, with `&` read as `and` and runs of spaces and hyphens made one space. */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[\s\-\u2010-\u2015]+/gu, " ")
    .trim();
}
