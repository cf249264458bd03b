import { clamp01, type Finding, saturate } from "../evidence.ts";
import { offerRarity, type Profile } from "../profile.ts";
import { type CriterionFn, firstOf, inFocus, type MatchContext } from "./context.ts";

/** Needs of one side met by offers (strengths, industries, stated offers) of the other. */
const directional = (needer: Profile, offerer: Profile, context: MatchContext, neederIsA: boolean) => {
  const findings: Finding[] = [];
  const rarity = offerRarity(context.catalog);
  for (const [issue, needs] of needer.needs) {
    if (!inFocus(context, issue)) continue;
    const offers = offerer.offers.get(issue);
    if (!offers) continue;
    const need = firstOf(needs);
    const offer = firstOf(offers);
    findings.push({
      kind: neederIsA ? "offer-meets-need" : "gives-to-partner",
      issue,
      a: neederIsA ? need : offer,
      b: neederIsA ? offer : need,
      weight: (rarity.get(issue) ?? 1) * (1 + 0.3 * Math.min(offers.length - 1, 4)),
      detail: { direction: neederIsA ? "b-helps-a" : "a-helps-b" },
    });
  }
  return findings;
};

/**
 * Needs of each side met by the other's offers, both ways; mutual benefit (both directions)
 * scores above a one-way transfer, as the report's Japanese interviewees asked. A typed issue is
 * itself a stated need of the asking side, so a partner that offers it counts even where the
 * asker's profile does not record that need.
 */
export const issueFit: CriterionFn = (a, b, context) => {
  const bHelpsA = directional(a, b, context, true);
  const aHelpsB = directional(b, a, context, false);
  const rarity = offerRarity(context.catalog);
  for (const issue of context.focus) {
    const offer = b.offers.get(issue)?.[0];
    if (!offer || a.needs.has(issue)) continue;
    const depth = 1 + 0.3 * Math.min((b.offers.get(issue)?.length ?? 1) - 1, 4);
    bHelpsA.push({ kind: "offers-focus", issue, b: offer, weight: 0.7 * (rarity.get(issue) ?? 1) * depth });
  }
  const strength = (findings: Finding[]) => findings.reduce((sum, finding) => sum + finding.weight, 0);
  const forward = saturate(strength(bHelpsA), 0.55);
  const backward = saturate(strength(aHelpsB), 0.55);
  const findings = [...bHelpsA, ...aHelpsB].sort(
    (x, y) => y.weight - x.weight || (x.issue ?? "").localeCompare(y.issue ?? ""),
  );
  return { value: clamp01(0.65 * Math.max(forward, backward) + 0.35 * Math.min(forward, backward)), facts: findings };
};
