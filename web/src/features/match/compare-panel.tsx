import { useTranslation } from "react-i18next";
import type { MatchResult } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { formatNumber } from "../../lib/lang.ts";
import { CRITERIA } from "../../lib/weights.ts";

/** Two candidates side by side: score and every criterion, the better value marked. */
export const ComparePanel = ({ results }: { results: MatchResult[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const [left, right] = results;
  if (!left || !right) return null;
  const cell = (value: number, other: number) => (
    <td className={value > other ? "better number" : "number"}>{formatNumber(value, lang, 2)}</td>
  );
  return (
    <section aria-labelledby="compare-title" className="compare">
      <h2 id="compare-title">{t("match.compare-title")}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <td />
              <th scope="col">{reference.nameOf(left.id)}</th>
              <th scope="col">{reference.nameOf(right.id)}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("match.score")}</th>
              {cell(left.score, right.score)}
              {cell(right.score, left.score)}
            </tr>
            {CRITERIA.map((criterion) => (
              <tr key={criterion}>
                <th scope="row">{t(`criterion.${criterion}`)}</th>
                {cell(left.criteria[criterion], right.criteria[criterion])}
                {cell(right.criteria[criterion], left.criteria[criterion])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
