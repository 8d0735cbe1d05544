// Colours for parties on charts and maps: Okabe and Ito's palette (told apart with the common kinds of colour
// blindness), given to parties near the colours they are usually drawn in. Colour is never the only cue: every bar,
// line and shape is labelled or titled with the party's name, and a table gives the same figures.
const COLOURS = {
  "labour-party": "#D55E00",
  conservative: "#0072B2",
  "liberal-democrat": "#E69F00",
  "green-party": "#009E73",
  "reform-uk": "#56B4E9",
  "brexit-party": "#56B4E9",
  "uk-independence-party": "#56B4E9",
};
const INDEPENDENT = "#CC79A7";
const OTHER = "#7F7F7F";

/** The colour of a candidacy's or a notional result's party, or of an independent. */
export function partyColour({ partyId, independent }) {
  if (independent) return INDEPENDENT;
  return COLOURS[partyId] ?? OTHER;
}

/** "Labour Party", "independent": the name a legend or a label gives. */
export function partyLabel({ partyId, independent, label }, organizationsById) {
  if (independent) return "independent";
  return organizationsById.get(partyId)?.name ?? label ?? partyId ?? "other";
}
