import type { Catalog } from "../../catalog/catalog.ts";
import { speaksFor } from "../../domain/policy/actor.ts";
import type { NeedOffer } from "../../domain/relation.ts";
import { needOfferMatches } from "../../matching/need-offer-match.ts";
import type { Repositories } from "../../store/repositories.ts";
import { enqueueNotice } from "./outbox.ts";

/** A facilitator's notice names the strongest few matches. */
export const FACILITATOR_MATCHES = 3;

/**
 * A need or offer was stated: the matcher decides who it matters to. Editors of a partner (a
 * locality the party already has a relation with) hear when the partner needs what they offer or
 * offers what they need; facilitators hear of any locality's, with the strongest matches. Each
 * notice carries the matcher's reason. Told once per item, match and person, however often the
 * item is edited.
 */
export const enqueueMatchNotices = async (
  tx: Pick<Repositories, "users" | "notices" | "preferences">,
  catalog: Catalog,
  item: NeedOffer,
  author: string,
  at: Date,
): Promise<void> => {
  const matches = needOfferMatches(catalog, item);
  if (matches.length === 0) return;
  const partners = new Set((catalog.relationsByParty.get(item.party) ?? []).flatMap((relation) => relation.parties));
  partners.delete(item.party);
  const base = { itemId: item.id, itemKind: item.kind, party: item.party, text: item.text };
  const reasonOf = (match: (typeof matches)[number]) => ({
    th: match.reason.th,
    en: match.reason.en,
    ja: match.reason.ja,
    sources: match.reason.sources,
  });
  for (const user of await tx.users.list()) {
    if (user.status !== "active" || user.id === author) continue;
    if (user.role === "facilitator") {
      const top = matches.slice(0, FACILITATOR_MATCHES);
      await enqueueNotice(
        tx,
        {
          userId: user.id,
          kind: "need-offer-match",
          dedupeKey: `need-offer-match:${item.id}:${user.id}`,
          payload: {
            ...base,
            matches: top.map((match) => ({ locality: match.locality, issue: match.issue, reason: reasonOf(match) })),
            total: matches.length,
          },
        },
        at,
      );
      continue;
    }
    if (user.role !== "editor") continue;
    for (const match of matches) {
      if (!partners.has(match.locality) || !speaksFor(user.scope, match.locality)) continue;
      await enqueueNotice(
        tx,
        {
          userId: user.id,
          kind: "need-offer-match",
          dedupeKey: `need-offer-match:${item.id}:${match.locality}:${match.issue}:${user.id}`,
          payload: { ...base, matched: match.locality, issue: match.issue, reason: reasonOf(match) },
        },
        at,
      );
    }
  }
};
