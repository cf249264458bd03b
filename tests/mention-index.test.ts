import { describe, expect, it } from "vitest";
import { buildCatalog, type Catalog } from "../src/catalog/catalog.ts";
import { loadReferenceData } from "../src/catalog/load.ts";
import { loadConfig } from "../src/config.ts";
import { LINK_KINDS, type MentionIndex, mentionIndex } from "../src/matching/criteria/mention-index.ts";
import { nameForms, nameMatcher } from "../src/matching/criteria/names.ts";
import type { Evidence } from "../src/matching/evidence.ts";
import { profileOf } from "../src/matching/profile.ts";

/**
 * The index as it was first written: every locality's names run over every fact of the other
 * country. Quadratic, so kept here only as the definition the fast index must reproduce.
 */
type Lang = "en" | "th" | "ja";
const LANGS: readonly Lang[] = ["en", "th", "ja"];
const fold = (text: string, lang: Lang) => (lang === "en" ? text.toUpperCase() : text);

/** Blanks every occurrence of another place's longer name that contains one of this place's names. */
const withoutLongerNames = (catalog: Catalog) => {
  const formsOf = (id: string) => {
    const locality = catalog.localities.get(id);
    if (!locality) return { en: [], th: [], ja: [] };
    return nameForms(locality, locality.parent ? catalog.localities.get(locality.parent) : undefined);
  };
  const all = catalog.data.localities.map((locality) => ({ id: locality.id, forms: formsOf(locality.id) }));
  return (namedId: string) => {
    const own = formsOf(namedId);
    const longer = Object.fromEntries(
      LANGS.map((lang) => {
        const mine = own[lang].map((form) => fold(form, lang));
        const others = all
          .filter((other) => JSON.stringify(other.forms) !== JSON.stringify(own))
          .flatMap((other) => other.forms[lang].map((form) => fold(form, lang)))
          .filter((form) => mine.some((name) => name.length < form.length && form.includes(name)));
        return [lang, [...new Set(others)]];
      }),
    ) as Record<Lang, string[]>;
    return (text: Partial<Record<Lang, string>>) =>
      Object.fromEntries(
        LANGS.flatMap((lang) => {
          const value = text[lang];
          if (value === undefined) return [];
          let result = value;
          const folded = fold(value, lang);
          if (folded.length === value.length)
            for (const form of longer[lang])
              for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + form.length))
                result = result.slice(0, at) + " ".repeat(form.length) + result.slice(at + form.length);
          return [[lang, result]];
        }),
      );
  };
};

const bruteForce = (catalog: Catalog): MentionIndex => {
  const masking = withoutLongerNames(catalog);
  const writers = catalog.data.localities.map((locality) => ({
    locality,
    evidence: profileOf(catalog, locality).facts.filter((evidence) => LINK_KINDS.includes(evidence.kind)),
  }));
  const index: MentionIndex = new Map();
  for (const named of catalog.data.localities) {
    const matcher = nameMatcher(named, named.parent ? catalog.localities.get(named.parent) : undefined);
    const mask = masking(named.id);
    const names = (text: Evidence["text"]) => matcher(mask(text));
    const byWriter = new Map<string, Evidence[]>();
    for (const writer of writers) {
      if (writer.locality.country === named.country) continue;
      const naming = writer.evidence.filter((evidence) => names(evidence.text));
      if (naming.length) byWriter.set(writer.locality.id, naming);
    }
    index.set(named.id, byWriter);
  }
  return index;
};

/** Keys in order, so a change of order (which decides the findings shown) is a difference too. */
const flat = (index: MentionIndex): string[] =>
  [...index].flatMap(([named, byWriter]) => [
    `${named}:`,
    ...[...byWriter].map(([writer, facts]) => `${named}<${writer}:${facts.map((fact) => fact.key).join(",")}`),
  ]);

describe("mention index", () => {
  it("finds exactly the facts the brute-force search over every locality's names finds, in the same order", () => {
    const { data } = loadReferenceData(loadConfig(process.env).dataDir);
    const fast = mentionIndex(buildCatalog(data));
    const reference = bruteForce(buildCatalog(data));
    expect(flat(fast)).toEqual(flat(reference));
    // Not vacuous: the reference dataset documents links both ways.
    const mentions = [...reference.values()].filter((byWriter) => byWriter.size > 0);
    expect(mentions.length).toBeGreaterThan(20);
  }, 240_000);

  it("does not read a place's short name inside a longer name of another place", () => {
    const { data } = loadReferenceData(loadConfig(process.env).dataDir);
    const catalog = buildCatalog(data);
    const index = mentionIndex(catalog);
    // Saitama's BOI pairing names Phra Nakhon Si Ayutthaya, which holds "Nakhon Si", a short name
    // of Nakhon Si Thammarat: the fact links Saitama with Ayutthaya only.
    const pairing = profileOf(catalog, catalog.localities.get("JP-11") as never).facts.find((fact) =>
      fact.text.en?.includes("Paired with Phra Nakhon Si Ayutthaya"),
    );
    expect(pairing).toBeDefined();
    expect(
      index
        .get("TH-14")
        ?.get("JP-11")
        ?.map((fact) => fact.key),
    ).toContain(pairing?.key);
    expect(
      index
        .get("TH-80")
        ?.get("JP-11")
        ?.map((fact) => fact.key) ?? [],
    ).not.toContain(pairing?.key);
  }, 120_000);
});
