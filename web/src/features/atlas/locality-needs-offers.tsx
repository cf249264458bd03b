import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { NeedOffer } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useReference } from "../../api/use-reference.ts";
import { LocalText } from "../../components/local-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { ReviewBadge } from "../../components/review-badge.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { EditLink } from "./edit-link.tsx";

const Items = ({ items }: { items: NeedOffer[] }) => {
  const { t } = useTranslation();
  const reference = useReference();
  if (items.length === 0) return <p>{t("common.none")}</p>;
  return (
    <ul className="fact-list">
      {items.map((item) => (
        <li key={item.id} data-need-offer={item.id}>
          <LocalText text={item.text} /> <ReviewBadge review={item.review} />{" "}
          {item.issues.map((issue) => (
            <Link key={issue} className="badge" to={`/issues/${issue}`}>
              {reference.issueLabel(issue)}
            </Link>
          ))}{" "}
          <SourceDetails source={item.source} />
        </li>
      ))}
    </ul>
  );
};

/** What the locality needs from a partner and can give one (GET /api/needs-offers?party=ID). */
export const LocalityNeedsOffers = ({ locality }: { locality: string }) => {
  const { t } = useTranslation();
  const list = useApi<{ items: NeedOffer[] }>("/api/needs-offers", { party: locality });
  return (
    <section id="needs-offers" aria-labelledby="needs-offers-title">
      <h2 id="needs-offers-title">
        {t("ws.needs-offers.title")} <EditLink locality={locality} to={`/edit/${locality}/needs-offers`} />
      </h2>
      <QueryView query={list}>
        {(data) => (
          <div className="sides">
            <section aria-labelledby="needs-title">
              <h3 id="needs-title">{t("ws.needs")}</h3>
              <Items items={data.items.filter((item) => item.kind === "need")} />
            </section>
            <section aria-labelledby="offers-title">
              <h3 id="offers-title">{t("ws.offers")}</h3>
              <Items items={data.items.filter((item) => item.kind === "offer")} />
            </section>
          </div>
        )}
      </QueryView>
    </section>
  );
};
