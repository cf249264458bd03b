import type { Locality } from "../../domain/locality.ts";
import type { EvaluationSnapshot, ProposalContentInput } from "../../domain/proposals/proposal.ts";
import { signingVerdict } from "../../domain/rules/signing.ts";
import type { AnyText, UserText } from "../../domain/text.ts";
import type { PairEvaluation } from "../../matching/modes.ts";

const userText = (text: AnyText): UserText | undefined => {
  const entries = Object.entries(text).filter(([, value]) => typeof value === "string" && value.trim() !== "");
  return entries.length ? (Object.fromEntries(entries) as UserText) : undefined;
};

/**
 * A draft from the pair evaluation: its reasons (with sources) as the background, its suggested
 * issues, and what each side gains. A Thai body that may not sign proposes through its province.
 */
export const draftFromEvaluation = (
  evaluation: PairEvaluation,
  thai: Locality,
  at: Date,
): { content: ProposalContentInput; evaluation: EvaluationSnapshot } => {
  const thaiIsA = evaluation.a === thai.id;
  const japanese = thaiIsA ? evaluation.b : evaluation.a;
  // One offer may meet several needs: it is one gain, with every source behind it.
  const gainsOf = (side: "a" | "b") => {
    const byText = new Map<string, { text: UserText; issue: string | undefined; sources: string[] }>();
    for (const gain of evaluation.gains[side]) {
      const offered = userText(gain.from);
      if (!offered) continue;
      const key = JSON.stringify(offered);
      const known = byText.get(key);
      if (known) known.sources = [...new Set([...known.sources, ...gain.sources])].slice(0, 10);
      else byText.set(key, { text: offered, issue: gain.issue || undefined, sources: gain.sources.slice(0, 10) });
    }
    return [...byText.values()];
  };
  const maySign = signingVerdict(thai.tier).maySign;
  const content: ProposalContentInput = {
    thaiParty: maySign || !thai.parent ? thai.id : thai.parent,
    japaneseParty: japanese,
    ...(maySign || !thai.parent ? {} : { proposingBody: thai.id }),
    initiatingSide: "TH",
    instrument: "mou",
    issues: evaluation.issues.slice(0, 12),
    background: evaluation.reasons.slice(0, 12).flatMap((reason) => {
      const text = userText({ th: reason.th, en: reason.en, ja: reason.ja });
      return text ? [{ text, sources: reason.sources.slice(0, 10) }] : [];
    }),
    // The strongest few of each side: a starting point the parties edit, not the whole evaluation.
    gains: { thai: gainsOf(thaiIsA ? "a" : "b").slice(0, 8), japanese: gainsOf(thaiIsA ? "b" : "a").slice(0, 8) },
  };
  return {
    content,
    evaluation: {
      score: evaluation.score,
      criteria: evaluation.criteria,
      flags: evaluation.flags.map((flag) => flag.code),
      evaluatedAt: at.toISOString(),
    },
  };
};
