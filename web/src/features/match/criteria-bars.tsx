import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { formatNumber } from "../../lib/lang.ts";
import { CRITERIA, type Criterion } from "../../lib/weights.ts";

/** One bar per criterion, each value in [0, 1] written out beside it. */
export const CriteriaBars = ({ criteria }: { criteria: Record<Criterion, number> }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ul className="criteria" aria-label={t("match.criteria")}>
      {CRITERIA.map((criterion) => {
        const value = criteria[criterion] ?? 0;
        return (
          <li key={criterion} data-criterion={criterion}>
            <span className="criterion-name">{t(`criterion.${criterion}`)}</span>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${Math.round(value * 100)}%` }} />
            </span>
            <span className="criterion-value">{formatNumber(value, lang, 2)}</span>
          </li>
        );
      })}
    </ul>
  );
};
