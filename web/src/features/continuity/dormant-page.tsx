import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { LocalText } from "../../components/local-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { formatPartialDate } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import { useSearchState } from "../../lib/use-search-state.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import type { Health, UserText } from "./types.ts";

type Item = { id: string; title: UserText; type: string; status: string; parties: string[]; health: Health };

/** Facilitators' watch list: relations gone quiet before they lapse, oldest silence first. */
export const DormantPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  useTitle(t("cw.dormant.title"));
  const reference = useReference();
  const { values, set } = useSearchState(["includeLapsed"] as const);
  const list = useApi<{ items: Item[] }>("/api/dormant-relations", {
    includeLapsed: values.includeLapsed || undefined,
  });
  return (
    <SignedInOnly>
      <h1>{t("cw.dormant.title")}</h1>
      <p>{t("cw.dormant.intro")}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={values.includeLapsed === "true"}
          onChange={(event) => set({ includeLapsed: event.target.checked ? "true" : "" })}
        />
        {t("cw.dormant.include-lapsed")}
      </label>
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t("cw.dormant.none")}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t("report.col.relation")}</th>
                    <th scope="col">{t("field.parties")}</th>
                    <th scope="col">{t("cw.dormant.silent")}</th>
                    <th scope="col">{t("cw.dormant.status")}</th>
                    <th scope="col">{t("cw.dormant.verified")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">
                        <Link to={`/registry/${item.id}`}>
                          <LocalText text={item.title} />
                        </Link>
                      </th>
                      <td>{item.parties.map((party) => reference.nameOf(party)).join(" – ")}</td>
                      <td>
                        {t("cw.dormant.months", { count: item.health.monthsSilent ?? 0 })}
                        {item.health.lastActivity ? ` (${formatPartialDate(item.health.lastActivity, lang)})` : ""}
                      </td>
                      <td>
                        <span className={`badge status-${item.health.status}`}>
                          {labelOf(t, "relation.status", item.health.status)}
                        </span>
                      </td>
                      <td>
                        {item.health.unverifiedSince === null
                          ? t("cw.dormant.verified-yes")
                          : item.health.unverifiedSince === "never"
                            ? t("cw.dormant.verified-never")
                            : formatPartialDate(item.health.unverifiedSince, lang)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </SignedInOnly>
  );
};
