import type { Catalog } from "../catalog/catalog.ts";
import { normaliseSource } from "../domain/source.ts";
import { LANGS, type Lang, type Text, textIn } from "../domain/text.ts";
import { t } from "../i18n/index.ts";
import type { Evidence, Finding } from "./evidence.ts";
import type { Profile } from "./profile.ts";
import { GEOGRAPHY_LABELS, REASON_TEMPLATES } from "./reason-templates.ts";
import type { Criterion } from "./weights.ts";

export type Reason = Text & { criterion: Criterion; sources: string[] };

const MAX_QUOTE = 160;

const quote = (text: string, lang: Lang): string => {
  const short = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text;
  return lang === "ja" ? `「${short}」` : `“${short}”`;
};

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

const population = (profile: Profile, lang: Lang): string =>
  profile.locality.population
    ? profile.locality.population.value.toLocaleString("en-US")
    : (REASON_TEMPLATES.unknown?.[lang] ?? "?");

const rankPhrase = (gap: number, lang: Lang): string =>
  REASON_TEMPLATES[gap === 0 ? "rank.equal" : gap === 1 ? "rank.near" : "rank.far"]?.[lang] ?? "";

/** The 2006 MOI order (report lines 6184–6188) and the approval procedure (5815–5830). */
const SIGNING_RULE_SOURCES = ["report:6184-6188", "report:5815-5830"];

/** Findings that rest on rules or figures rather than facts cite those. */
const ruleSources = (finding: Finding, a: Profile, b: Profile): string[] => {
  if (finding.kind === "size-tier") {
    return [a, b].flatMap((profile) =>
      profile.locality.population ? [normaliseSource(profile.locality.population.source).ref] : [],
    );
  }
  if (finding.kind === "may-sign" || finding.kind === "signs-via-province") return SIGNING_RULE_SOURCES;
  return [];
};

/** Turns one finding into a sentence in each language, citing the facts it rests on. */
export const reasonFor = (
  catalog: Catalog,
  criterion: Criterion,
  finding: Finding,
  a: Profile,
  b: Profile,
): Reason | undefined => {
  const templates = REASON_TEMPLATES[finding.kind];
  if (!templates) return undefined;
  const evidence = [finding.a, finding.b].filter((item): item is Evidence => item !== undefined);
  const japanese = a.locality.country === "JP" ? a : b;
  const thai = japanese === a ? b : a;
  const sentence = (lang: Lang): string => {
    const issue = finding.issue ? (catalog.issues.get(finding.issue)?.label[lang] ?? finding.issue) : "";
    const fact = evidence[0] ? quote(textIn(evidence[0].text, lang).value, lang) : "";
    const parent = thai.locality.parent
      ? (catalog.localities.get(thai.locality.parent)?.names[lang] ?? thai.locality.parent)
      : "";
    const geographyKind = String(finding.detail?.geography ?? "");
    return fill(templates[lang], {
      A: a.locality.names[lang],
      B: b.locality.names[lang],
      TH: thai.locality.names[lang],
      JP: japanese.locality.names[lang],
      P: parent,
      issue,
      a: finding.a ? quote(textIn(finding.a.text, lang).value, lang) : "",
      b: finding.b ? quote(textIn(finding.b.text, lang).value, lang) : "",
      fact,
      geography: GEOGRAPHY_LABELS[geographyKind]?.[lang] ?? geographyKind,
      tierA: t(lang, `tier.${a.locality.tier}`),
      tierB: t(lang, `tier.${b.locality.tier}`),
      popA: population(a, lang),
      popB: population(b, lang),
      rank: rankPhrase(Number(finding.detail?.gap ?? 0), lang),
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

/**
 * The three to five strongest reasons: criteria particular to the pair in order of their
 * contribution to the score, one reason each first, then second findings; size and signing rights
 * last, and always there to make three.
 */
export const explain = (
  catalog: Catalog,
  outcomes: CriterionOutcome[],
  a: Profile,
  b: Profile,
  max = 5,
  min = 3,
): Reason[] => {
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
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  const add = (outcome: CriterionOutcome, finding: Finding | undefined) => {
    if (!finding || reasons.length >= max) return;
    const reason = reasonFor(catalog, outcome.criterion, finding, a, b);
    if (!reason || seen.has(reason.en)) return;
    seen.add(reason.en);
    reasons.push(reason);
  };
  for (const outcome of ordered) if (outcome.value > 0) add(outcome, outcome.facts[0]);
  for (const round of [1, 2]) for (const outcome of ordered) if (outcome.value > 0) add(outcome, outcome.facts[round]);
  // Size and feasibility always have something true to say, so a thin pair still gets three reasons.
  for (const outcome of ordered) if (reasons.length < min) add(outcome, outcome.facts[0]);
  return reasons;
};
