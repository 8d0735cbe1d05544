import { beforeAll, describe, expect, it } from "vitest";
import { dataset, membersOf, statementsAbout, statementsOf } from "../src/index";
import type { Locator, SourceRef } from "../src/schemas/types";
import { findPassage, type Passage, parseArticle } from "./_article";
import { ARTICLE_PATH, articleAvailable, readShared, SKIP_NO_ARTICLE, sharedSuiteTitle } from "./_shared";

const ARTICLE_ID = "organising-around-socialist-policies";

/** Every citation of the article anywhere in the dataset, with where it was found. */
function articleCitations(): { where: string; locator: Locator }[] {
  const found: { where: string; locator: Locator }[] = [];
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`));
    else if (typeof value === "object" && value !== null) {
      const ref = value as Partial<SourceRef>;
      if (ref.sourceId === ARTICLE_ID && ref.locator) found.push({ where, locator: ref.locator });
      for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`);
    }
  };
  walk(dataset, "dataset");
  return found;
}

describe.skipIf(!articleAvailable)(
  sharedSuiteTitle("the records against the article", articleAvailable, SKIP_NO_ARTICLE),
  () => {
    let passages: Map<string, Passage>;
    const passage = (locator: Locator): Passage => {
      const found = findPassage(passages, locator);
      if (!found) throw new Error(`no passage at ${JSON.stringify(locator)}`);
      return found;
    };
    const locatorOf = (sources: readonly SourceRef[]): Locator => {
      const locator = sources.find((source) => source.sourceId === ARTICLE_ID)?.locator;
      if (!locator) throw new Error("no article locator");
      return locator;
    };

    beforeAll(() => {
      passages = parseArticle(readShared(ARTICLE_PATH));
    });

    it("resolves every locator to a passage of the article", () => {
      const citations = articleCitations();
      expect(citations.length).toBeGreaterThan(100);
      const unresolved = citations.filter(({ locator }) => findPassage(passages, locator) === undefined);
      expect(unresolved).toEqual([]);
    });

    it("keeps every priority, right and aim word for word, in order, and misses none", () => {
      for (const [authorId, kind] of [
        ["nell", "priority"],
        ["scg-mps", "right"],
        ["scg-councillors", "aim"],
      ] as const) {
        const kept = statementsOf(authorId, { kind });
        const first = locatorOf(kept[0]?.sources ?? []);
        const bullets = [...passages.values()].filter(
          (p) => p.section === first.section && p.paragraph === first.paragraph && p.bullet,
        );
        expect(kept.map((statement) => statement.position)).toEqual(bullets.map((_, index) => index + 1));
        kept.forEach((statement, index) => {
          const source = passage(locatorOf(statement.sources));
          expect(source.bullet).toBe(index + 1);
          // The last right carries the quotation's closing mark, which the record documents in its note.
          const expected = statement.note?.includes("closing quotation mark")
            ? source.text.replace(/\u201d$/, "")
            : source.text;
          expect(statement.text).toBe(expected);
        });
      }
    });

    it("keeps the campaign description and the quotations verbatim", () => {
      // The article's own words about the group: the group is what they describe, not their author.
      expect(statementsOf("scg-mps", { kind: "campaign-description" })).toEqual([]);
      const campaigns = statementsAbout("scg-mps", { kind: "campaign-description" });
      expect(campaigns).toHaveLength(1);
      expect(campaigns[0]?.authorSourceId).toBe("organising-around-socialist-policies");
      const introduction = statementsAbout("nell", { kind: "group-description" });
      expect(introduction.map((statement) => statement.aboutOrganizationIds)).toEqual([
        ["nell", "scg-mps", "scg-councillors"],
      ]);
      expect(introduction.map((statement) => statement.text)).toEqual(
        introduction.map((statement) => passage(locatorOf(statement.sources)).text),
      );
      expect(campaigns.map((statement) => statement.text)).toEqual(
        campaigns.map((statement) => passage(locatorOf(statement.sources)).text),
      );
      const quotations = statementsOf("keir-starmer", { kind: "quotation" });
      expect(quotations).toHaveLength(2);
      for (const quotation of quotations) expect(passage(locatorOf(quotation.sources)).text).toContain(quotation.text);
    });

    it("lists the 34 members of the Socialist Campaign Group of Labour MPs in the article's order", () => {
      const members = membersOf("scg-mps");
      const listPassage = passage(locatorOf(members[0]?.membership.sources ?? []));
      const listed = listPassage.text.split(", ").map((entry) => entry.replace(/ MP$/, ""));
      const countPassage = [...passages.values()].find((p) => p.text.includes("current members are listed"));
      expect(countPassage?.text).toContain(`${listed.length} current members`);
      expect(members.map((member) => member.person.name)).toEqual(listed);
      expect(members).toHaveLength(34);
    });

    it("names every person as the passage they are cited from names them", () => {
      for (const person of dataset.people) {
        for (const source of person.sources.filter((ref) => ref.sourceId === ARTICLE_ID)) {
          expect(passage(source.locator as Locator).text, person.id).toContain(person.name);
        }
      }
    });

    it("records each conference speaker with the role the article introduces them by", () => {
      const [event] = dataset.events;
      const text = passage(locatorOf(event?.sources ?? [])).text;
      expect(text).toContain("September 2020");
      expect(event?.startDate).toBe("2020-09");
      const speakers = text.slice(text.indexOf("speakers including"));
      for (const participant of event?.participants ?? []) {
        const person = dataset.people.find((candidate) => candidate.id === participant.personId);
        expect(speakers).toContain(person?.name);
        expect(speakers).toContain(participant.introducedAs === "MP" ? "MPs" : participant.introducedAs);
      }
      expect(event?.participants).toHaveLength(8);
    });

    it("states NELL's coverage, regions and membership rule as the article does", () => {
      const nell = dataset.organizations.find((organization) => organization.id === "nell");
      const text = passage(locatorOf(nell?.sources.slice(1) ?? [])).text;
      expect(text).toContain(`${nell?.coverage?.constituencyCount} Constituencies`);
      expect(text).toContain(`${nell?.coverage?.regionIds.length} northern regions`);
      for (const regionId of nell?.coverage?.regionIds ?? []) {
        expect(text).toContain(dataset.areas.find((area) => area.id === regionId)?.name);
      }
      expect(text).toContain(nell?.membershipRule);
      const named = dataset.areas.filter(
        (area) => area.parentId === "north-cumbria" && area.sources.some((s) => s.sourceId === ARTICLE_ID),
      );
      // The article's name, where it differs from the official one, is an other name cited to the article.
      const articleNames = named.map(
        (area) =>
          area.otherNames.find((other) => other.sources.some((ref) => ref.sourceId === ARTICLE_ID))?.name ?? area.name,
      );
      expect(articleNames.sort()).toEqual(["Carlisle", "Copeland", "Penrith & The Border", "Workington"]);
      for (const name of articleNames) expect(passage(locatorOf(nell?.sources.slice(1) ?? [])).text).toContain(name);
    });

    it("keeps the source's words where an erratum corrects them", () => {
      for (const erratum of dataset.errata) expect(passage(erratum.locator).text).toContain(erratum.sourceSays);
    });

    it("records the pledges the article refers to as a gap, not as content", () => {
      const [article] = dataset.sources;
      const gap = article?.omissions[0];
      expect(gap && passage(gap.locator).text).toContain("See Keir Starmer\u2019s pledges at the end of this article");
      expect(statementsOf("keir-starmer").map((statement) => statement.kind)).toEqual(["quotation", "quotation"]);
    });

    it("takes nothing from the page's navigation footer", () => {
      const footer = [...passages.values()].find((p) => p.text.startsWith("Link to Instagram"));
      expect(footer).toBeDefined();
      const cited = articleCitations().filter(({ locator }) => findPassage(passages, locator) === footer);
      expect(cited).toEqual([]);
      expect(JSON.stringify(dataset)).not.toContain("Link to Instagram");
    });
  },
);
