import type { TFunction } from "i18next";
import { useReference } from "../../api/use-reference.ts";
import { formatPartialDate } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import { formatNumber, type Lang, pick, textIn } from "../../lib/lang.ts";
import type { AnnualReport, Money, UserText } from "./types.ts";

/** A report's names and texts in the report's own language, which may differ from the page's. */
const useNames = (lang: Lang) => {
  const reference = useReference();
  return (id: string): string => {
    const names = reference.locality(id)?.names ?? reference.organisations.find((item) => item.id === id)?.names;
    return names ? pick(names, lang) : id;
  };
};

const Written = ({ text, lang, t }: { text: UserText | null | undefined; lang: Lang; t: TFunction }) => {
  const shown = textIn(text, lang);
  if (!shown.value) return null;
  if (shown.isTranslated) return shown.value;
  return (
    <>
      <span lang={shown.lang}>{shown.value}</span>{" "}
      <span className="badge untranslated">{t("text.not-translated")}</span>
    </>
  );
};

const money = (amounts: Money, lang: Lang) =>
  Object.entries(amounts)
    .map(([currency, amount]) => `${formatNumber(amount ?? 0, lang)} ${currency}`)
    .join(" · ") || "–";

/** The year's figures: totals, each relation's activities, indicators against targets. */
export const ReportFigures = ({ report, lang, t }: { report: AnnualReport; lang: Lang; t: TFunction }) => {
  const nameOf = useNames(lang);
  const { totals, relations, indicators } = report.figures;
  const number = (value: number) => formatNumber(value, lang);
  return (
    <div className="report-figures">
      <section className="print-section" aria-labelledby="totals-title">
        <h2 id="totals-title">{t("report.sheet.summary")}</h2>
        <table className="data-table totals">
          <tbody>
            <tr>
              <th scope="row">{t("report.total.relations")}</th>
              <td>{number(totals.relations)}</td>
            </tr>
            <tr>
              <th scope="row">{t("report.total.relations-active")}</th>
              <td>{number(totals.relationsWithActivity)}</td>
            </tr>
            <tr>
              <th scope="row">{t("report.total.activities")}</th>
              <td>
                {number(totals.activities)}
                {Object.keys(totals.byKind).length ? (
                  <ul className="plain">
                    {Object.entries(totals.byKind).map(([kind, count]) => (
                      <li key={kind}>
                        {labelOf(t, "activity.kind", kind)}: {number(count)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
            <tr>
              <th scope="row">{t("report.total.participants-own")}</th>
              <td>{number(totals.participantsOwn)}</td>
            </tr>
            <tr>
              <th scope="row">{t("report.total.participants-partner")}</th>
              <td>{number(totals.participantsPartner)}</td>
            </tr>
            <tr>
              <th scope="row">{t("cw.report.spending-log")}</th>
              <td>{money(totals.spendingOwn, lang)}</td>
            </tr>
            {Object.keys(report.narrative.budgetStated).length ? (
              <tr>
                <th scope="row">{t("cw.report.spending-stated")}</th>
                <td>{money(report.narrative.budgetStated, lang)}</td>
              </tr>
            ) : null}
            <tr>
              <th scope="row">{t("report.total.indicators")}</th>
              <td>
                {number(totals.indicatorsMet)} / {number(totals.indicatorsWithTarget)}
              </td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="relations-title">
        <h2 id="relations-title">{t("cw.report.relations")}</h2>
        {relations.map((relation) => (
          <div key={relation.id} className="print-section report-relation">
            <h3>
              <Written text={relation.title} lang={lang} t={t} />
            </h3>
            <p className="muted">
              {t("report.col.partners")}: {relation.partners.map(nameOf).join(", ")} ·{" "}
              {t("report.total.participants-own")} {number(relation.participantsOwn)} ·{" "}
              {t("report.total.participants-partner")} {number(relation.participantsPartner)} ·{" "}
              {t("report.col.spending")} {money(relation.spendingOwn, lang)}
            </p>
            {report.narrative.relationNotes[relation.id] ? <p>{report.narrative.relationNotes[relation.id]}</p> : null}
            {relation.activities.length === 0 ? (
              <p>{t("cw.report.no-activity")}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("report.col.date")}</th>
                      <th scope="col">{t("report.col.activity")}</th>
                      <th scope="col">{t("report.col.participants-own")}</th>
                      <th scope="col">{t("report.col.participants-partner")}</th>
                      <th scope="col">{t("report.col.outcomes")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {relation.activities.map((activity) => (
                      <tr key={activity.id ?? `${activity.date}-${textIn(activity.title, "en")?.value}`}>
                        <td>{formatPartialDate(activity.date, lang)}</td>
                        <td>
                          {labelOf(t, "activity.kind", activity.kind ?? "unclassified")}:{" "}
                          <Written text={activity.title} lang={lang} t={t} />
                          {activity.offices.length ? <div className="muted">{activity.offices.join(", ")}</div> : null}
                        </td>
                        <td>{number(activity.participantsOwn)}</td>
                        <td>{number(activity.participantsPartner)}</td>
                        <td>
                          {activity.outcomes.map((outcome, index) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: outcomes keep their recorded order
                            <div key={index}>
                              <Written text={outcome} lang={lang} t={t} />
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        ))}
      </section>

      {indicators.length ? (
        <section className="print-section" aria-labelledby="indicators-title">
          <h2 id="indicators-title">{t("report.sheet.indicators")}</h2>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("report.col.objective")}</th>
                  <th scope="col">{t("report.col.indicator")}</th>
                  <th scope="col">{t("report.col.target")}</th>
                  <th scope="col">{t("report.col.actual")}</th>
                  <th scope="col">{t("report.col.met")}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: indicators keep the plan's order
                  <tr key={index}>
                    <td>
                      <Written text={indicator.objective} lang={lang} t={t} />
                    </td>
                    <td>
                      <Written text={indicator.name} lang={lang} t={t} />
                      {indicator.unit ? ` (${indicator.unit})` : ""}
                    </td>
                    <td>{indicator.target === null ? "–" : number(indicator.target)}</td>
                    <td>
                      {number(indicator.actual)} <span className="muted">({t(`report.basis.${indicator.basis}`)})</span>
                    </td>
                    <td>{indicator.isMet === null ? "–" : t(indicator.isMet ? "report.met.yes" : "report.met.no")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
};

export { useNames };
