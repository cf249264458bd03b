import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Stats } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { pick } from "../../lib/lang.ts";

export const NoPartnerList = ({ provinces }: { provinces: Stats["provincesWithoutPartner"] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const sorted = [...provinces].sort((a, b) => pick(a.names, lang).localeCompare(pick(b.names, lang), lang));
  return (
    <section aria-labelledby="no-partner-title">
      <h2 id="no-partner-title">{t("home.nopartner.title", { count: provinces.length })}</h2>
      <ul className="tag-list no-partner">
        {sorted.map((province) => (
          <li key={province.id}>
            <Link to={`/atlas/${province.id}`}>{pick(province.names, lang)}</Link>{" "}
            <Link
              className="small"
              to={`/match?from=${province.id}`}
              aria-label={t("home.nopartner.find", { name: pick(province.names, lang) })}
            >
              →
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
};
