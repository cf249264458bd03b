import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "../../api/session.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { pick } from "../../lib/lang.ts";
import { StepBadge } from "./step-badge.tsx";
import type { Summary } from "./types.ts";
import "./proposals.css";

/** The proposals the signed-in person may see: their localities' (all of them for MOI). */
export const ProposalsPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const session = useSession();
  const list = useApi<{ items: Summary[] }>("/api/proposals", {}, { enabled: Boolean(session.data), staleTime: 0 });
  useTitle(t("proposals.title"));
  const isFacilitator = session.data?.user.role === "facilitator" || session.data?.user.role === "admin";
  return (
    <section aria-labelledby="proposals-title">
      <h1 id="proposals-title">{t("proposals.title")}</h1>
      <p className="lead">{t("proposals.lead")}</p>
      {isFacilitator ? (
        <p>
          <Link to="/moi">{t("moi.title")}</Link>
        </p>
      ) : null}
      {session.data === null ? (
        <p>
          <Link to="/sign-in?next=/proposals">{t("proposals.sign-in")}</Link>
        </p>
      ) : (
        <QueryView query={list}>
          {(data) =>
            data.items.length === 0 ? (
              <p>
                {t("proposals.empty")} <Link to="/match">{t("nav.match")}</Link>
              </p>
            ) : (
              <ul className="proposal-list">
                {data.items.map((item) => (
                  <li key={item.id}>
                    <Link to={`/proposals/${item.id}`}>
                      {item.title
                        ? pick(item.title, lang)
                        : t("proposal.pair", {
                            thai: reference.nameOf(item.thaiParty),
                            japanese: reference.nameOf(item.japaneseParty),
                          })}
                    </Link>
                    <span className="proposal-parties">
                      {reference.nameOf(item.thaiParty)} – {reference.nameOf(item.japaneseParty)} ·{" "}
                      {t(`relation.type.${item.instrument}` as never)}
                    </span>
                    <StepBadge step={item.step} standing={item.standing} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      )}
    </section>
  );
};
