import type { Catalog } from "../../catalog/catalog.ts";
import type { FactKind } from "../../domain/fact-kind.ts";
import type { Locality } from "../../domain/locality.ts";
import type { AnyText } from "../../domain/text.ts";
import type { Evidence } from "../evidence.ts";
import { profileOf } from "../profile.ts";
import { nameForms, nameMatcher } from "./names.ts";

/**
 * Facts that can document a link: anything a locality says, except its designations, its land, its
 * offices (an office in Bangkok is a presence in Thailand, not a link with the city) and its
 * industries (a car maker's plant in Rayong is the firm's presence there, not the prefecture's tie).
 */
export const LINK_KINDS: readonly FactKind[] = ["offer", "challenge", "need", "relation", "heritage", "event"];

/** For each locality: the facts of the other country's localities that name it, by writer. */
export type MentionIndex = Map<string, Map<string, Evidence[]>>;

type Lang = "en" | "th" | "ja";
const LANGS: readonly Lang[] = ["en", "th", "ja"];

/**
 * English names match case-insensitively; upper-casing both sides keeps every match of the
 * reference regex (`/\bname\b/i`) among the candidates, and the confirmation decides.
 */
const fold = (text: string, lang: Lang): string => (lang === "en" ? text.toUpperCase() : text);

/** Two UTF-16 units as one number: every name form has at least two. */
const keyAt = (text: string, at: number): number => text.charCodeAt(at) * 65_536 + text.charCodeAt(at + 1);

/**
 * A multi-pattern finder: the name forms of every locality keyed by their first two characters,
 * so one pass over a text finds every form that occurs in it. It only proposes candidates; the
 * locality's own `nameMatcher` (names.ts) confirms each, so the rules of names.ts stay the only
 * rules and this index follows them when they change.
 */
type Finder = Map<number, Array<{ form: string; groups: number[] }>>;

const buildFinders = (groups: ReadonlyArray<Record<Lang, string[]>>): Record<Lang, Finder> => {
  const finders = { en: new Map(), th: new Map(), ja: new Map() } as Record<Lang, Finder>;
  for (const [group, forms] of groups.entries())
    for (const lang of LANGS)
      for (const raw of forms[lang]) {
        const form = fold(raw, lang);
        if (form.length < 2) continue;
        const key = keyAt(form, 0);
        const list = finders[lang].get(key) ?? [];
        const entry = list.find((item) => item.form === form);
        if (entry) entry.groups.includes(group) || entry.groups.push(group);
        else list.push({ form, groups: [group] });
        finders[lang].set(key, list);
      }
  return finders;
};

const findIn = (finder: Finder, text: string, found: Set<number>): void => {
  for (let at = 0; at + 1 < text.length; at++) {
    const entries = finder.get(keyAt(text, at));
    if (!entries) continue;
    for (const { form, groups } of entries) if (text.startsWith(form, at)) for (const group of groups) found.add(group);
  }
};

/**
 * For each group, the longer name forms of other groups that contain one of its forms ("Nakhon Si",
 * a short name of Nakhon Si Thammarat, inside "Phra Nakhon Si Ayutthaya"): found by running the
 * finders over the forms themselves, so the work grows with the length of the names.
 */
const containersOf = (
  finders: Record<Lang, Finder>,
  groups: ReadonlyArray<Record<Lang, string[]>>,
): Map<number, Record<Lang, string[]>> => {
  const containers = new Map<number, Record<Lang, string[]>>();
  for (const [owner, forms] of groups.entries())
    for (const lang of LANGS)
      for (const raw of forms[lang]) {
        const longer = fold(raw, lang);
        const inside = new Set<number>();
        findIn(finders[lang], longer, inside);
        for (const group of inside) {
          if (group === owner) continue;
          const shorter = (groups[group]?.[lang] ?? []).map((form) => fold(form, lang));
          if (!shorter.some((form) => form.length < longer.length && longer.includes(form))) continue;
          const entry = containers.get(group) ?? { en: [], th: [], ja: [] };
          if (!entry[lang].includes(longer)) entry[lang].push(longer);
          containers.set(group, entry);
        }
      }
  return containers;
};

/** The text with every occurrence of the given (folded) forms blanked out, lengths kept. */
const masked = (text: AnyText, forms: Record<Lang, string[]>): AnyText => {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const value = text[lang];
    if (value === undefined) continue;
    const folded = fold(value, lang);
    // Positions are UTF-16 units of the folded text: only valid where folding kept the length.
    if (forms[lang].length === 0 || folded.length !== value.length) {
      out[lang] = value;
      continue;
    }
    const chars = value.split("");
    for (const form of forms[lang])
      for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + form.length))
        chars.fill(" ", at, at + form.length);
    out[lang] = chars.join("");
  }
  return out as AnyText;
};

const indexCache = new WeakMap<Catalog, MentionIndex>();

/**
 * Built once per catalog: which facts of the other country name each locality. Localities with the
 * same name forms (a town and its synthetic copies) share one confirmation per text, and texts
 * shared between facts are searched once, so the work grows with the amount of text, not with
 * localities × facts.
 */
export const mentionIndex = (catalog: Catalog): MentionIndex => {
  const cached = indexCache.get(catalog);
  if (cached) return cached;
  const localities = catalog.data.localities;
  const groupOf = new Map<string, number>();
  const groups: Array<{ forms: Record<Lang, string[]>; matcher: (text: AnyText) => boolean; members: Locality[] }> = [];
  for (const locality of localities) {
    // names.ts may read a locality's names against its province's (a city named like it keeps its suffix).
    const parent = locality.parent ? catalog.localities.get(locality.parent) : undefined;
    const forms = nameForms(locality, parent);
    const signature = JSON.stringify(forms);
    let group = groupOf.get(signature);
    if (group === undefined) {
      group = groups.length;
      groupOf.set(signature, group);
      groups.push({ forms, matcher: nameMatcher(locality, parent), members: [] });
    }
    groups[group]?.members.push(locality);
  }
  const finders = buildFinders(groups.map((group) => group.forms));
  // A name counts only outside the longer names of other places that contain it.
  const containers = containersOf(
    finders,
    groups.map((group) => group.forms),
  );
  const candidatesOf = new Map<AnyText, number[]>();
  const confirmed = new Map<AnyText, Map<number, boolean>>();
  const index: MentionIndex = new Map(localities.map((locality) => [locality.id, new Map()]));
  for (const writer of localities) {
    for (const evidence of profileOf(catalog, writer).facts) {
      if (!LINK_KINDS.includes(evidence.kind)) continue;
      const text = evidence.text;
      let candidates = candidatesOf.get(text);
      if (!candidates) {
        const found = new Set<number>();
        for (const lang of LANGS) {
          const value = text[lang];
          if (value) findIn(finders[lang], fold(value, lang), found);
        }
        candidates = [...found];
        candidatesOf.set(text, candidates);
      }
      if (candidates.length === 0) continue;
      let verdicts = confirmed.get(text);
      if (!verdicts) {
        verdicts = new Map();
        confirmed.set(text, verdicts);
      }
      for (const group of candidates) {
        const entry = groups[group];
        if (!entry) continue;
        let names = verdicts.get(group);
        if (names === undefined) {
          const longer = containers.get(group);
          names = entry.matcher(longer ? masked(text, longer) : text);
          verdicts.set(group, names);
        }
        if (!names) continue;
        for (const named of entry.members) {
          if (named.country === writer.country) continue;
          const byWriter = index.get(named.id);
          const list = byWriter?.get(writer.id);
          if (list) list.push(evidence);
          else byWriter?.set(writer.id, [evidence]);
        }
      }
    }
  }
  indexCache.set(catalog, index);
  return index;
};
