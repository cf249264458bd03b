import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { NeedOffer } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useReference } from "../../api/use-reference.ts";
import { LocalText } from "../../components/local-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { ReviewBadge } from "../../components/review-badge.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { labelOf } from "../../lib/labels.ts";
import { quadrantsOf } from "./sides.ts";

const Entries = ({ items }: { items: NeedOffer[] }) => {
  const { t } = useTranslation();
  const reference = useReference();
  if (items.length === 0) return <p>{t("common.none")}</p>;
  return (
    <ul className="fact-list">
      {items.map((item) => (
        <li key={item.id}>
          {item.party.startsWith("org:") ? (
            <strong>{reference.nameOf(item.party)}</strong>
          ) : (
            <Link to={`/atlas/${item.party}`}>{reference.nameOf(item.party)}</Link>
          )}
          : <LocalText text={item.text} /> <ReviewBadge review={item.review} /> <SourceDetails source={item.source} />
        </li>
      ))}
    </ul>
  );
};

/** Who needs the issue and who offers it, on each side (GET /api/needs-offers?issue=ID). */
export const NeedsOffers = ({ issue }: { issue: string }) => {
  const { t } = useTranslation();
  const list = useApi<{ items: NeedOffer[] }>("/api/needs-offers", { issue });
  return (
    <QueryView query={list}>
      {(data) => {
        const quadrants = quadrantsOf(data.items);
        return (
          <div className="sides">
            {(["TH", "JP"] as const).map((side) => (
              <section key={side} aria-labelledby={`side-${side}`}>
                <h2 id={`side-${side}`}>{labelOf(t, "country", side)}</h2>
                <h3>{t("issue.needs")}</h3>
                <Entries items={quadrants[side].need} />
                <h3>{t("issue.offers")}</h3>
                <Entries items={quadrants[side].offer} />
              </section>
            ))}
          </div>
        );
      }}
    </QueryView>
  );
};
