import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { useReportAvailable } from "../../api/use-report.ts";
import { useTitle } from "../../components/use-title.ts";
import { formatNumber } from "../../lib/lang.ts";
import { CRITERIA, DEFAULT_WEIGHTS } from "../../lib/weights.ts";
import { REPORT_LINES, REPORT_TITLE } from "./report-facts.ts";

/** "(lines 176–178)", a link to them when the report is here. */
const Lines = ({ range }: { range: readonly [number, number] }) => {
  const { t } = useTranslation();
  const isAvailable = useReportAvailable();
  const [from, to] = range;
  const label = t("source.read-lines", { from, to });
  return isAvailable ? <Link to={`/report?from=${from}&to=${to}`}>{label}</Link> : <span>{label}</span>;
};

const ReportFacts = () => {
  const { t } = useTranslation();
  const rows: [string, string, (readonly [number, number])?, string?][] = [
    [t("about.report.name-th"), REPORT_TITLE.th, REPORT_LINES.titleTh, "th"],
    [t("about.report.name-en"), REPORT_TITLE.en, REPORT_LINES.titleEn, "en"],
    [t("about.report.authors"), t("about.report.authors-value")],
    [t("about.report.publisher"), t("about.report.publisher-value"), REPORT_LINES.funder],
    [t("about.report.year"), t("about.report.year-value"), REPORT_LINES.latestSource],
  ];
  return (
    <dl className="facts report-facts">
      {rows.map(([label, value, range, lang]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <span lang={lang}>{value}</span> {range ? <Lines range={range} /> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
};

/** What Jubkoo is, who it serves, where its data comes from and as of when, how matching works. */
export const AboutPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  useTitle(t("about.title"));
  return (
    <article aria-labelledby="about-title" className="profile about">
      <h1 id="about-title">{t("about.title")}</h1>
      <section aria-labelledby="about-what">
        <h2 id="about-what">{t("about.what.title")}</h2>
        <p>{t("about.what")}</p>
      </section>
      <section aria-labelledby="about-who">
        <h2 id="about-who">{t("about.who.title")}</h2>
        <p>{t("about.who")}</p>
      </section>
      <section aria-labelledby="about-report">
        <h2 id="about-report">{t("about.report.title")}</h2>
        <ReportFacts />
      </section>
      <section aria-labelledby="about-sources">
        <h2 id="about-sources">{t("about.sources.title")}</h2>
        <ul>
          <li>{t("about.sources.report")}</li>
          <li>{t("about.sources.datasets")}</li>
          <li>{t("about.sources.gk")}</li>
          <li>{t("about.sources.conflicts")}</li>
        </ul>
        <h3>{t("about.datasets.title")}</h3>
        <ul className="datasets">
          {reference.datasets.map((dataset) => (
            <li key={dataset.id}>
              {t("source.dataset", { title: dataset.title, publisher: dataset.publisher, year: dataset.year })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="about-asof">
        <h2 id="about-asof">{t("about.asof.title")}</h2>
        <p>{t("about.asof")}</p>
      </section>
      <section aria-labelledby="about-matching">
        <h2 id="about-matching">{t("about.matching.title")}</h2>
        <p>{t("about.matching")}</p>
        <ul className="criteria-list">
          {CRITERIA.map((criterion) => (
            <li key={criterion}>
              {t(`criterion.${criterion}`)} ·{" "}
              {t("about.matching.weight", { weight: formatNumber(DEFAULT_WEIGHTS[criterion], lang, 2) })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="about-limits">
        <h2 id="about-limits">{t("about.limits.title")}</h2>
        <p>{t("about.limits")}</p>
      </section>
    </article>
  );
};
