import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { LocalText } from "../../components/local-text.tsx";
import { displayYear } from "../../lib/dates.ts";
import { formatNumber } from "../../lib/lang.ts";
import { ObjectivesForm } from "./objectives-form.tsx";
import type { Indicator, RelationLog } from "./types.ts";

const IndicatorTable = ({ indicator }: { indicator: Indicator }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          <LocalText text={indicator.name} />
          {indicator.unit ? ` (${indicator.unit})` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("report.total.year")}</th>
            <th scope="col">{t("report.col.target")}</th>
            <th scope="col">{t("report.col.actual")}</th>
            <th scope="col">{t("report.col.met")}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.progress.map((row) => (
            <tr key={row.year}>
              <th scope="row">{displayYear(row.year, lang)}</th>
              <td>{row.target === null ? "–" : formatNumber(row.target, lang)}</td>
              <td>
                {formatNumber(row.actual, lang)} <span className="muted">({t(`report.basis.${row.basis}`)})</span>
              </td>
              <td>
                {row.isMet === null ? (
                  "–"
                ) : (
                  <span className={row.isMet ? "badge status-active" : "badge status-declining"}>
                    {t(row.isMet ? "report.met.yes" : "report.met.no")}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** The relation's objectives and indicators, target against actual per year; the parties set them. */
export const ObjectivesPanel = ({ log }: { log: RelationLog }) => {
  const { t } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  return (
    <section aria-labelledby="objectives-title">
      <h2 id="objectives-title">{t("cw.objectives.title")}</h2>
      {isEditing ? (
        <ObjectivesForm log={log} onDone={() => setEditing(false)} />
      ) : (
        <>
          {log.objectives.length === 0 ? <p>{t("cw.objectives.none")}</p> : null}
          {log.objectives.map((objective) => (
            <div key={objective.id} className="objective">
              <h3>
                <LocalText text={objective.text} />
              </h3>
              {objective.indicators.map((indicator) => (
                <IndicatorTable key={indicator.id} indicator={indicator} />
              ))}
            </div>
          ))}
          {log.mayWrite ? (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t("cw.objectives.edit")}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
};
