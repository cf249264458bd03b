import { clamp01, type Finding, saturate } from "../evidence.ts";
import type { Profile } from "../profile.ts";
import { type CriterionFn, firstOf, inFocus, type MatchContext } from "./context.ts";

/** Needs of one side met by offers (strengths, industries, stated offers) of the other. */
const directional = (needer: Profile, offerer: Profile, context: MatchContext, neederIsA: boolean) => {
  const findings: Finding[] = [];
  for (const [issue, needs] of needer.needs) {
    if (!inFocus(context, issue)) continue;
    const offers = offerer.offers.get(issue);
    if (!offers) continue;
    const need = firstOf(needs);
    const offer = firstOf(offers);
    findings.push({
      kind: "offer-meets-need",
      issue,
      a: neederIsA ? need : offer,
      b: neederIsA ? offer : need,
      weight: 1 + 0.2 * Math.min(offers.length - 1, 3),
      detail: { direction: neederIsA ? "b-helps-a" : "a-helps-b" },
    });
  }
  return findings;
};

/**
 * With a focus issue, a side that offers it to a side that needs or works on it scores high; the
 * reverse direction counts too. Without one, the number of needs met, both ways. Mutual benefit
 * (both directions) scores above a one-way transfer, as the report's Japanese interviewees asked.
 */
export const issueFit: CriterionFn = (a, b, context) => {
  const bHelpsA = directional(a, b, context, true);
  const aHelpsB = directional(b, a, context, false);
  const strength = (findings: Finding[]) => findings.reduce((sum, finding) => sum + finding.weight, 0);
  let forward = saturate(strength(bHelpsA), 0.55);
  let backward = saturate(strength(aHelpsB), 0.55);
  const findings = [...bHelpsA, ...aHelpsB];
  if (context.focus.size > 0) {
    // A focused query also credits a side that offers the issue to a partner that merely works on it.
    const works = (profile: Profile) => [...context.focus].some((issue) => profile.mentions.has(issue));
    const offersFocus = (profile: Profile) => [...context.focus].flatMap((issue) => profile.offers.get(issue) ?? []);
    const bOffers = offersFocus(b);
    const aOffers = offersFocus(a);
    if (bOffers.length && works(a)) forward = Math.max(forward, 0.5 * saturate(bOffers.length, 0.7));
    if (aOffers.length && works(b)) backward = Math.max(backward, 0.5 * saturate(aOffers.length, 0.7));
    if (bHelpsA.length === 0 && bOffers[0])
      findings.push({
        kind: "offers-focus",
        issue: bOffers[0].issues.find((issue) => context.focus.has(issue)),
        b: bOffers[0],
        weight: 0.5,
      });
    if (aHelpsB.length === 0 && aOffers[0])
      findings.push({
        kind: "offers-focus",
        issue: aOffers[0].issues.find((issue) => context.focus.has(issue)),
        a: aOffers[0],
        weight: 0.5,
      });
  }
  const value = clamp01(0.65 * Math.max(forward, backward) + 0.35 * Math.min(forward, backward));
  findings.sort((x, y) => y.weight - x.weight || (x.issue ?? "").localeCompare(y.issue ?? ""));
  return { value, facts: findings };
};
