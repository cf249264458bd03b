import { useTranslation } from "react-i18next";
import type { Stats } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { formatNumber } from "../../lib/lang.ts";

const ORDER = [
  "localities",
  "thaiLocalities",
  "japaneseLocalities",
  "ongoing",
  "events",
  "organisations",
  "needs",
  "offers",
] as const;

export const StatCounts = ({ counts }: { counts: Stats["counts"] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title">{t("home.counts.title")}</h2>
      <dl className="counts">
        {ORDER.map((name) => (
          <div key={name} className="count">
            <dt>{t(`home.counts.${name}`)}</dt>
            <dd>{formatNumber(counts[name] ?? 0, lang)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
