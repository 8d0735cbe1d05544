// Where each record's page lives, and the plain links to other services for each identifier scheme.
export const pathOf = {
  organizations: (id) => `/groups/${id}.html`,
  people: (id) => `/people/${id}.html`,
  areas: (id) => `/places/${id}.html`,
  events: (id) => `/events/${id}.html`,
};

/** A link to the identifier's page on its own service; nothing is loaded from there. */
export function identifierUrl(scheme, identifier) {
  switch (scheme) {
    case "uk-parliament":
      return `https://members.parliament.uk/member/${identifier}`;
    case "theyworkforyou":
      return `https://www.theyworkforyou.com/mp/?p=${identifier}`;
    case "wikidata":
      return `https://www.wikidata.org/wiki/${identifier}`;
    default:
      return undefined;
  }
}

export const SCHEME_NAMES = {
  "uk-parliament": "UK Parliament members service",
  theyworkforyou: "TheyWorkForYou",
  wikidata: "Wikidata",
  gss: "ONS GSS code",
};
