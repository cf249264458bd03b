import type { Catalog } from "../catalog/catalog.ts";
import { isCapitalMismatch } from "../domain/rules/tier-rank.ts";
import { normaliseSource } from "../domain/source.ts";
import { type AnyText, LANGS, type Lang, type Text, textIn } from "../domain/text.ts";
import { t } from "../i18n/index.ts";
import { COMPARABLE_POPULATION_RATIO } from "./criteria/size-tier.ts";
import type { Evidence, Finding } from "./evidence.ts";
import { type Focus, hasFocus } from "./focus.ts";
import type { Profile } from "./profile.ts";
import { shortQuote } from "./quote.ts";
import { GEOGRAPHY_LABELS, REASON_TEMPLATES } from "./reason-templates.ts";
import { templateKey, UNSAID } from "./template-key.ts";
import type { Criterion } from "./weights.ts";

export type Reason = Text & { criterion: Criterion; sources: string[] };

/** A reason with the finding it states: what evaluation checks a reason against. */
export type ExplainedReason = { reason: Reason; finding: Finding };

const quote = (text: AnyText, lang: Lang): string => {
  const short = shortQuote(text)[lang];
  return lang === "ja" ? `「${short}」` : `“${short}”`;
};

/** A template split once into text and placeholder names, alternating (names at odd positions). */
const parts = new Map<string, string[]>();
const partsOf = (template: string): string[] => {
  let found = parts.get(template);
  if (!found) {
    found = template.split(/\{(\w+)\}/);
    parts.set(template, found);
  }
  return found;
};

/**
 * Fills a template's {placeholders}, asking for each value only where the template has it: a
 * sentence uses a few of some twenty values, and making them all (names, quotes, labels, numbers
 * formatted in three languages) cost more than scoring the pair. An unknown name stays as written.
 */
const fill = (template: string, value: (name: string) => string | undefined): string => {
  const split = partsOf(template);
  let text = split[0] ?? "";
  for (let index = 1; index < split.length; index += 2) {
    const name = split[index] ?? "";
    text += (value(name) ?? `{${name}}`) + (split[index + 1] ?? "");
  }
  return text;
};

/**
 * Populations as written ("1,234,567"), per population record (never changed once loaded):
 * toLocaleString costs as much as a criterion.
 */
const written = new WeakMap<object, string>();
const population = (profile: Profile, lang: Lang): string => {
  const figure = profile.locality.population;
  if (!figure) return REASON_TEMPLATES.unknown?.[lang] ?? "?";
  let text = written.get(figure);
  if (text === undefined) {
    text = figure.value.toLocaleString("en-US");
    written.set(figure, text);
  }
  return text;
};

const rankPhrase = (gap: number, lang: Lang): string =>
  REASON_TEMPLATES[gap === 0 ? "rank.equal" : gap === 1 ? "rank.near" : "rank.far"]?.[lang] ?? "";

/** The 2006 MOI order (report lines 6184–6188) and the approval procedure (5815–5830). */
const SIGNING_RULE_SOURCES = ["report:6184-6188", "report:5815-5830"];

/** Findings that rest on rules or figures rather than facts cite those. */
const ruleSources = (finding: Finding, a: Profile, b: Profile): string[] => {
  if (finding.kind === "size-comparable" || finding.kind === "rank-equal") {
    return [a, b].flatMap((profile) =>
      profile.locality.population ? [normaliseSource(profile.locality.population.source).ref] : [],
    );
  }
  if (finding.kind === "may-sign" || finding.kind === "signs-via-province") return SIGNING_RULE_SOURCES;
  return [];
};

const nameOf = (catalog: Catalog, id: string, lang: Lang): string =>
  textIn(catalog.localities.get(id)?.names ?? catalog.organisations.get(id)?.names ?? {}, lang).value || id;

const issueLabel = (catalog: Catalog, issue: string, lang: Lang): string =>
  textIn(catalog.issues.get(issue)?.label ?? {}, lang).value || issue;

/** Turns one finding into a sentence in each language, citing the facts it rests on. */
export const reasonFor = (
  catalog: Catalog,
  criterion: Criterion,
  finding: Finding,
  a: Profile,
  b: Profile,
  focus?: Focus,
): Reason | undefined => {
  // Bangkok and a prefecture other than Tokyo, or Tokyo and a Thai province, score as one level
  // but are not of equal rank for the MOI (tier-rank.ts): the sentence that would say so is left out.
  const capitalMismatch = isCapitalMismatch(a.locality, b.locality);
  if (finding.kind === "rank-equal" && capitalMismatch) return undefined;
  const key = templateKey(catalog, finding);
  // Not a missing template: these findings are kept out of the reasons on purpose.
  if (key === UNSAID) return undefined;
  const templates = REASON_TEMPLATES[key];
  if (!templates) return undefined;
  const evidence = [finding.a, finding.b].filter((item): item is Evidence => item !== undefined);
  const japanese = a.locality.country === "JP" ? a : b;
  const thai = japanese === a ? b : a;
  const holderIsA = finding.detail?.holder === "a";
  const sentence = (lang: Lang): string => {
    const name = (profile: Profile) => textIn(profile.locality.names, lang).value;
    const quoted = (item: Evidence | undefined) => (item ? quote(item.text, lang) : "");
    return fill(templates[lang], (placeholder) => {
      switch (placeholder) {
        case "A":
          return name(a);
        case "B":
          return name(b);
        case "TH":
          return name(thai);
        case "JP":
          return name(japanese);
        case "H":
          return name(holderIsA ? a : b);
        case "O":
          return name(holderIsA ? b : a);
        case "X":
          return finding.detail?.partyA
            ? nameOf(catalog, String(finding.detail.partyA), lang)
            : name(finding.a ? a : b);
        case "Y":
          return finding.detail?.partyB
            ? nameOf(catalog, String(finding.detail.partyB), lang)
            : name(finding.a ? b : a);
        case "P":
          return thai.locality.parent ? nameOf(catalog, thai.locality.parent, lang) : "";
        case "issue":
          return finding.issue ? issueLabel(catalog, finding.issue, lang) : "";
        case "asked":
          return (focus?.asked ?? [])
            .map((issue) => issueLabel(catalog, issue, lang))
            .join(lang === "ja" ? "・" : ", ");
        case "a":
          return quoted(finding.a);
        case "b":
          return quoted(finding.b);
        case "h":
          return quoted(holderIsA ? finding.a : finding.b);
        case "o":
          return quoted(holderIsA ? finding.b : finding.a);
        case "fact":
          return quoted(evidence[0]);
        case "agency":
          return finding.detail?.agency ? nameOf(catalog, String(finding.detail.agency), lang) : "";
        case "geography": {
          const geographyKind = String(finding.detail?.geography ?? "");
          return GEOGRAPHY_LABELS[geographyKind]?.[lang] ?? geographyKind;
        }
        case "tierA":
          return t(lang, `tier.${a.locality.tier}`);
        case "tierB":
          return t(lang, `tier.${b.locality.tier}`);
        case "popA":
          return population(a, lang);
        case "popB":
          return population(b, lang);
        case "ratio":
          return Number(finding.detail?.ratio ?? 0).toFixed(1);
        case "limit":
          return String(COMPARABLE_POPULATION_RATIO);
        case "rank":
          return capitalMismatch
            ? (REASON_TEMPLATES["rank.capital"]?.[lang] ?? "")
            : rankPhrase(Number(finding.detail?.gap ?? 0), lang);
        default:
          return undefined;
      }
    });
  };
  const [th, en, ja] = LANGS.map(sentence) as [string, string, string];
  const sources = [
    ...new Set([...evidence.map((item) => normaliseSource(item.source).ref), ...ruleSources(finding, a, b)]),
  ];
  return { th, en, ja, criterion, sources };
};

const GENERIC_CRITERIA: ReadonlySet<Criterion> = new Set(["sizeTier", "feasibility"]);

export type CriterionOutcome = { criterion: Criterion; value: number; weight: number; facts: Finding[] };

const NO_RECORD: Finding = { kind: "no-record", weight: 0 };

/**
 * A fact of the candidate on the asked issue that met nothing of the asker's (a problem of its own
 * beside the asker's problem): the issue is on record for it, so "nothing is on record" would be false.
 */
const onRecord = (candidate: Profile, focus: Focus): Finding | undefined => {
  for (const fact of candidate.facts) {
    const issue = fact.issues.find((id) => focus.exact.has(id));
    if (issue) return { kind: "on-record", issue, b: fact, weight: 0 };
  }
  return undefined;
};

/**
 * The three to five strongest reasons, with the findings they state. When the query names an
 * issue, the first reason is about it, or says plainly that nothing is on record for this
 * candidate on it (a finding on a broader issue may follow, named as what it is). Then the
 * criteria particular to the pair in order of their contribution to the score, one reason each
 * first, then second findings; size and signing rights last, and always there to make three. A
 * reason that would only quote facts already quoted is left out.
 */
export const explainFindings = (
  catalog: Catalog,
  outcomes: CriterionOutcome[],
  a: Profile,
  b: Profile,
  focus?: Focus,
  max = 5,
  min = 3,
): ExplainedReason[] => {
  // Size and signing rights are true of many pairs; what is particular to this pair comes first.
  const isGeneric = (outcome: CriterionOutcome) => GENERIC_CRITERIA.has(outcome.criterion);
  const ordered = [...outcomes]
    .filter((outcome) => outcome.weight > 0)
    .sort(
      (x, y) =>
        Number(isGeneric(x)) - Number(isGeneric(y)) ||
        y.value * y.weight - x.value * x.weight ||
        x.criterion.localeCompare(y.criterion),
    );
  const explained: ExplainedReason[] = [];
  const seenText = new Set<string>();
  const quoted = new Set<string>();
  const add = (criterion: Criterion, finding: Finding | undefined) => {
    if (!finding || explained.length >= max) return;
    // A reason that only repeats facts already quoted says nothing new.
    const keys = [finding.a?.key, finding.b?.key].filter((key): key is string => key !== undefined);
    if (keys.length > 0 && keys.every((key) => quoted.has(key))) return;
    const reason = reasonFor(catalog, criterion, finding, a, b, focus);
    if (!reason || seenText.has(reason.en)) return;
    seenText.add(reason.en);
    for (const key of keys) quoted.add(key);
    explained.push({ reason, finding });
  };
  if (focus && hasFocus(focus)) {
    const on = (level: "exact" | "fallback") =>
      ordered.flatMap((outcome) =>
        outcome.facts
          .filter((finding) => finding.focus === level && templateKey(catalog, finding) !== UNSAID)
          .map((finding) => ({ outcome, finding })),
      )[0];
    const exact = on("exact");
    if (exact) add(exact.outcome.criterion, exact.finding);
    else {
      add("issueFit", onRecord(b, focus) ?? NO_RECORD);
      const fallback = on("fallback");
      if (fallback) add(fallback.outcome.criterion, fallback.finding);
    }
  }
  for (const outcome of ordered) if (outcome.value > 0) add(outcome.criterion, outcome.facts[0]);
  for (const round of [1, 2])
    for (const outcome of ordered) if (outcome.value > 0) add(outcome.criterion, outcome.facts[round]);
  // Size and feasibility always have something true to say, so a thin pair still gets three reasons.
  for (const outcome of ordered) if (explained.length < min) add(outcome.criterion, outcome.facts[0]);
  return explained;
};

export const explain = (
  catalog: Catalog,
  outcomes: CriterionOutcome[],
  a: Profile,
  b: Profile,
  focus?: Focus,
): Reason[] => explainFindings(catalog, outcomes, a, b, focus).map((item) => item.reason);
