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
  const gainsOf = (side: "a" | "b") =>
    evaluation.gains[side].flatMap((gain) => {
      const offered = userText(gain.from);
      return offered ? [{ text: offered, issue: gain.issue || undefined, sources: gain.sources.slice(0, 10) }] : [];
    });
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
    gains: { thai: gainsOf(thaiIsA ? "a" : "b").slice(0, 12), japanese: gainsOf(thaiIsA ? "b" : "a").slice(0, 12) },
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
