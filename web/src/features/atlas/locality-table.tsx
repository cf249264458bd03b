import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { LocalitySummary } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { labelOf } from "../../lib/labels.ts";
import { formatNumber, pick } from "../../lib/lang.ts";

export const LocalityTable = ({ items }: { items: LocalitySummary[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="table-scroll">
      <table className="directory">
        <thead>
          <tr>
            <th scope="col">{t("field.name")}</th>
            <th scope="col">{t("locality.country")}</th>
            <th scope="col">{t("field.tier")}</th>
            <th scope="col">{t("field.region")}</th>
            <th scope="col" className="number">
              {t("field.population")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/atlas/${item.id}`}>{pick(item.names, lang)}</Link>
                {lang !== "en" ? <span className="secondary-name">{item.names.en}</span> : null}
              </th>
              <td>{labelOf(t, "country", item.country)}</td>
              <td>{labelOf(t, "tier", item.tier)}</td>
              <td>{labelOf(t, "region", item.region)}</td>
              <td className="number">{item.population ? formatNumber(item.population.value, lang) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
