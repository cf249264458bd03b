import { clamp01, type Evidence, type Finding, saturate } from "../evidence.ts";
import { focusLevel, focusWeight, hasFocus, meeting } from "../focus.ts";
import { type IssueIndex, offerRarity, type Profile } from "../profile.ts";
import type { CriterionFn, MatchContext } from "./context.ts";

/**
 * A need or problem the partner has worked on with others (projects, agreements, exchanges) rather
 * than offered: said as such ("has worked with partners on"), and worth less than an offer.
 */
export const EXPERIENCE_WEIGHT = 0.5;

/**
 * A need for markets (tagged trade: export outlets for fruit, buyers for environmental technology)
 * names in its other tags what it sells, and a partner that makes or offers the same is no market
 * for it. Such a need is met on trade itself and on what else it asks for (investment, labour,
 * education, disaster risk), never on what it sells: products, industries, tourism, know-how.
 */
const SOLD_ROOTS = new Set(["industry", "agriculture-fisheries", "tourism-mice", "environment", "culture", "urban"]);

/** Whether a field is something sold (a product, an industry, tourism, know-how): see SOLD_ROOTS. */
const isSoldField = (context: MatchContext, tag: string): boolean => {
  const lineage = context.catalog.issueTree.lineage(tag);
  if (lineage.includes("disasters")) return false;
  return tag === "local-products" || SOLD_ROOTS.has(lineage.at(-1) ?? tag);
};

/**
 * A need for markets or for investors (tagged trade or investment) names in its other tags what it
 * sells or where it wants money: "Thai investment into Mie (agro-processing, cars, food)" is not met
 * by a Thai province that grows shallots.
 */
const MARKET_NEEDS = ["trade", "investment"];

export const meetsOn = (context: MatchContext, need: Evidence, tag: string): boolean => {
  const market = MARKET_NEEDS.filter((issue) => need.issues.includes(issue));
  if (market.length === 0 || market.includes(tag)) return true;
  return !isSoldField(context, tag);
};

/**
 * A fact that can meet a need for markets on trade itself: a market or a hub (a capital's economy,
 * a port), not a seller of products of its own (bananas grown for the Japanese market are a rival
 * for Fukushima's fruit, not a buyer of it).
 */
export const canBeMarket = (context: MatchContext, evidence: Evidence): boolean =>
  !evidence.issues.some((issue) => isSoldField(context, issue));

/**
 * Fields in which a place's industry makes it a rival rather than a help: a destination for the
 * visitors and investors the other side wants, or a maker of local products beside the other
 * side's (palm sugar does nothing for Kochi's wish to add value to its own tea).
 */
export const isRivalField = (context: MatchContext, tag: string): boolean =>
  tag === "investment" || tag === "local-products" || context.catalog.issueTree.lineage(tag).includes("tourism-mice");

/** More offers on an issue say more, up to five. */
export const depthOf = (count: number) => 1 + 0.3 * Math.min(count - 1, 4);

/** Needs (challenges, stated needs) of one side met by offers (strengths, stated offers, industries) of the other. */
const directional = (needer: Profile, offerer: Profile, context: MatchContext, neederIsA: boolean): Finding[] => {
  const rarity = offerRarity(context.catalog);
  const best = new Map<string, Finding>();
  const consider = (tag: string, need: Evidence | undefined, index: IssueIndex, isExperience: boolean) => {
    if (!need) return false;
    // A wish for cooperation on a field is met by any part of it (handicrafts by ceramics) or by
    // work on the whole field; a problem on a field only by know-how on that very field: know-how
    // on one part of it (premium fruit) may not touch the problem (poverty in rain-fed farming),
    // and know-how on the whole (disaster prevention, fire fighting) may not touch it either (floods).
    const isWish = need.kind === "need";
    for (const match of meeting(context.catalog, index, tag, { narrower: isWish, broader: isWish })) {
      const level = focusLevel(context.focus, match.shared);
      // An industry meets a need only on a specific field: a city's suburban farming is not what a
      // province seeking agricultural cooperation needs, its pharmaceutical industry may be. And never
      // in a field where it makes the place a rival (isRivalField).
      const given = match.evidence.find(
        (evidence) =>
          (evidence.kind !== "industry" ||
            (context.catalog.issueTree.subtree(match.tag).length === 1 && !isRivalField(context, match.tag))) &&
          (match.tag !== "trade" || !need.issues.includes("trade") || canBeMarket(context, evidence)),
      );
      if (!level || !given) continue;
      const count = match.evidence.length;
      const finding: Finding = {
        kind: `${isExperience ? "experience" : "offer"}-${neederIsA ? "meets-need" : "for-partner"}`,
        issue: match.shared,
        focus: hasFocus(context.focus) ? level : undefined,
        a: neederIsA ? need : given,
        b: neederIsA ? given : need,
        weight:
          (rarity.get(match.tag) ?? 1) * depthOf(count) * focusWeight(level) * (isExperience ? EXPERIENCE_WEIGHT : 1),
        detail: { direction: neederIsA ? "b-helps-a" : "a-helps-b" },
      };
      const kept = best.get(match.shared);
      if (!kept || kept.weight < finding.weight) best.set(match.shared, finding);
      return true;
    }
    return false;
  };
  for (const [tag, all] of needer.needs) {
    const needs = all.filter((need) => meetsOn(context, need, tag));
    // A stated need (markets, imports, partners) may be met by an industry; a problem (a shrinking
    // craft, full landfills) needs know-how, which an industry producing the same thing is not.
    const wish = needs.find((evidence) => evidence.kind === "need");
    const problem = needs.find((evidence) => evidence.kind === "challenge");
    const met =
      (wish && consider(tag, wish, offerer.offers, false)) ||
      (problem && consider(tag, problem, offerer.strengths, false));
    if (!met) consider(tag, wish ?? problem, offerer.ties, true);
  }
  return [...best.values()];
};

/**
 * A typed issue is itself a stated need of the asking side, so a partner that offers it counts
 * even where the asker's profile records no such need: exactly, or on a broader issue as a fallback.
 */
const offersOnFocus = (b: Profile, context: MatchContext, covered: ReadonlySet<string>): Finding[] => {
  const rarity = offerRarity(context.catalog);
  const findings: Finding[] = [];
  for (const asked of context.focus.asked) {
    if ([...covered].some((issue) => context.catalog.issueTree.isRelated(issue, asked))) continue;
    const tree = context.catalog.issueTree;
    const tiers: Array<["exact" | "fallback", readonly string[]]> = [
      ["exact", tree.subtree(asked)],
      ["fallback", tree.lineage(asked).filter((issue) => context.focus.fallback.has(issue))],
    ];
    for (const [level, issues] of tiers) {
      const tag = issues.find((issue) => b.offers.has(issue));
      const offers = tag ? b.offers.get(tag) : undefined;
      const offer = offers?.[0];
      if (!tag || !offers || !offer) continue;
      findings.push({
        kind: offer.kind === "industry" ? "industry-on-focus" : "offers-focus",
        issue: tag,
        focus: level,
        b: offer,
        weight: 0.7 * (rarity.get(tag) ?? 1) * depthOf(offers.length) * focusWeight(level),
      });
      break;
    }
    if (findings.some((finding) => finding.issue !== undefined && tree.isRelated(finding.issue, asked))) continue;
    // No offer on record, but ties or projects on the issue: experience, said as such.
    const tag = tree.subtree(asked).find((issue) => b.records.has(issue));
    const records = tag ? b.records.get(tag) : undefined;
    if (tag && records?.[0])
      findings.push({
        kind: "track-record",
        issue: tag,
        focus: "exact",
        b: records[0],
        weight: 0.4 * (rarity.get(tag) ?? 1) * depthOf(records.length),
      });
  }
  return findings;
};

/**
 * Needs of each side met by the other's offers, both ways; mutual benefit (both directions)
 * scores above a one-way transfer, as the report's Japanese interviewees asked.
 */
export const issueFit: CriterionFn = (a, b, context) => {
  const bHelpsA = directional(a, b, context, true);
  const aHelpsB = directional(b, a, context, false);
  const covered = new Set(
    bHelpsA.flatMap((finding) => (finding.focus === "exact" && finding.issue ? [finding.issue] : [])),
  );
  bHelpsA.push(...offersOnFocus(b, context, covered));
  const strength = (findings: Finding[]) => findings.reduce((sum, finding) => sum + finding.weight, 0);
  const forward = saturate(strength(bHelpsA), 0.55);
  const backward = saturate(strength(aHelpsB), 0.55);
  const findings = [...bHelpsA, ...aHelpsB].sort(
    (x, y) => y.weight - x.weight || (x.issue ?? "").localeCompare(y.issue ?? ""),
  );
  return { value: clamp01(0.65 * Math.max(forward, backward) + 0.35 * Math.min(forward, backward)), facts: findings };
};
