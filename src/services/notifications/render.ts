import type { Lang } from "../../domain/text.ts";
import { isMessageKey, type MessageKey, t } from "../../i18n/index.ts";
import type { NoticeRow } from "../../store/notices.repository.ts";
import type { NameBook } from "./names.ts";

/** A notice as a person reads it, in their language: what happened, the detail, and where to act. */
export type RenderedNotice = {
  id: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
  title: string;
  body: string | null;
  link: string | null;
};

type Payload = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
const labelOr = (lang: Lang, key: string, fallback: string): string =>
  isMessageKey(key) ? t(lang, key as MessageKey) : fallback;

/** Every party and relation id a payload names, so their names can be loaded in one go. */
export const idsOf = (payloads: readonly unknown[]) => {
  const parties = new Set<string>();
  const relations = new Set<string>();
  for (const raw of payloads) {
    const payload = (raw ?? {}) as Payload;
    for (const id of [
      ...list(payload.parties),
      str(payload.party),
      str(payload.matched),
      str(payload.locality),
      str(payload.thaiParty),
      str(payload.japaneseParty),
    ])
      if (id) parties.add(id);
    for (const match of Array.isArray(payload.matches) ? (payload.matches as Payload[]) : [])
      if (str(match.locality)) parties.add(String(match.locality));
    const relation = str(payload.relationId);
    if (relation) relations.add(relation);
  }
  return { parties, relations };
};

const content = (
  kind: string,
  payload: Payload,
  lang: Lang,
  names: NameBook,
): Pick<RenderedNotice, "title" | "body" | "link"> => {
  const what = (submissionKind: unknown) =>
    labelOr(lang, `notice.submission.${String(submissionKind)}`, String(submissionKind));
  switch (kind) {
    case "claim-awaiting": {
      const parties = list(payload.parties).map(names.party).join(" – ");
      const title = names.text(payload.title);
      const relationId = str(payload.relationId);
      return {
        title: title
          ? t(lang, "notice.claim-awaiting.title-named", { title, parties })
          : t(lang, "notice.claim-awaiting.title", { what: what(payload.submissionKind), parties }),
        body: null,
        link: relationId ? `/registry/${relationId}` : "/workspace",
      };
    }
    case "review-decision": {
      const status = labelOr(lang, `notice.status.${String(payload.status)}`, String(payload.status));
      const reason = str(payload.reason);
      const record = (payload.record ?? {}) as Payload;
      return {
        title: t(lang, "notice.review-decision.title", { what: what(payload.submissionKind), status }),
        body: reason ? t(lang, "notice.review-decision.reason", { reason }) : null,
        link: record.kind === "annualReport" ? `/reports/${String(record.id)}` : "/workspace",
      };
    }
    case "need-offer-match": {
      const matches = Array.isArray(payload.matches)
        ? (payload.matches as Payload[])
        : [{ locality: payload.matched, issue: payload.issue, reason: payload.reason }];
      const [first] = matches;
      const key = payload.itemKind === "offer" ? "notice.need-offer-match.offer" : "notice.need-offer-match.need";
      const more =
        matches.length > 1 ? ` ${t(lang, "notice.need-offer-match.more", { count: matches.length - 1 })}` : "";
      return {
        title:
          t(lang, key, {
            party: names.party(String(payload.party)),
            issue: names.issue(String(first?.issue ?? "")),
            matched: names.party(String(first?.locality ?? "")),
          }) + more,
        body:
          matches
            .map((match) => names.text(match.reason))
            .filter(Boolean)
            .join("\n") || null,
        link: `/atlas/${String(payload.party)}`,
      };
    }
    case "relation-dormant":
      return {
        title: t(lang, "notice.relation-dormant.title", {
          title: names.relation(String(payload.relationId)),
          months: Number(payload.months ?? 0),
        }),
        body: t(lang, "notice.relation-dormant.body"),
        link: `/registry/${String(payload.relationId)}`,
      };
    case "report-due": {
      const params = { year: Number(payload.year ?? 0), locality: names.party(String(payload.locality)) };
      return {
        title: t(lang, payload.isReminder ? "notice.report-due.reminder" : "notice.report-due.title", params),
        body: t(lang, "notice.report-due.body"),
        link: `/reports?locality=${String(payload.locality)}&year=${params.year}`,
      };
    }
    case "proposal-step": {
      // Proposals (another feature) name a title or their two parties, the step and the act awaited;
      // any that name less still read sensibly.
      const pair = [str(payload.thaiParty), str(payload.japaneseParty)].filter((id): id is string => id !== undefined);
      const title = names.text(payload.title) || pair.map((id) => names.party(id)).join(" – ");
      const step = str(payload.step) ?? str(payload.stepLabel);
      const act = str(payload.act);
      const id = str(payload.proposalId);
      const detail = [
        act ? labelOr(lang, `proposal.act.${act}`, act) : undefined,
        step ? t(lang, "notice.proposal-step.step", { step: labelOr(lang, `proposal.step.${step}`, step) }) : undefined,
      ].filter((line): line is string => line !== undefined);
      return {
        title: title ? t(lang, "notice.proposal-step.title", { title }) : t(lang, "notice.proposal-step.title-plain"),
        body: detail.length ? detail.join(" · ") : null,
        link: id ? `/proposals/${id}` : (str(payload.link) ?? "/workspace"),
      };
    }
    default:
      return { title: t(lang, "notice.other.title", { kind }), body: null, link: str(payload.link) ?? null };
  }
};

export const renderNotice = (notice: NoticeRow, lang: Lang, names: NameBook): RenderedNotice => ({
  id: notice.id,
  kind: notice.kind,
  createdAt: notice.createdAt.toISOString(),
  readAt: notice.readAt?.toISOString() ?? null,
  ...content(notice.kind, (notice.payload ?? {}) as Payload, lang, names),
});
