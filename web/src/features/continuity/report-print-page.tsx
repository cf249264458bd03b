import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { displayYear } from "../../lib/dates.ts";
import { isLang, LANGS, type Lang, LOCALES } from "../../lib/lang.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import { ReportFigures, useNames } from "./report-figures.tsx";
import type { AnnualReport } from "./types.ts";

const Printable = ({ report, lang }: { report: AnnualReport; lang: Lang }) => {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang);
  const nameOf = useNames(lang);
  const name = nameOf(report.localityId);
  const year = displayYear(report.year, lang);
  useTitle(t("cw.report.title", { name, year }));
  const printed = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "long", timeZone: "Asia/Bangkok" }).format(
    new Date(),
  );
  return (
    <article className="print-report" lang={lang} aria-labelledby="print-title">
      <header className="print-head">
        <p className="print-kicker">{t("cw.print.kicker")}</p>
        <h1 id="print-title">{t("cw.print.title", { year })}</h1>
        <p className="print-locality">{name}</p>
        <p className="muted">
          {t(`report.state.${report.state}`)} · {t("cw.print.printed", { date: printed })}
        </p>
      </header>
      {(["summary", "obstacles", "plans"] as const).map((field) => (
        <section key={field} className="print-section">
          <h2>{t(`report.total.${field}`)}</h2>
          <p className="prose">{report.narrative[field] || "–"}</p>
        </section>
      ))}
      <ReportFigures report={report} lang={lang} t={t} />
      <footer className="print-foot">
        <p>{t("cw.print.footer")}</p>
      </footer>
    </article>
  );
};

/**
 * The report laid out for A4 paper in the chosen language (Thai by default for Thai localities):
 * the browser's print dialog saves it as PDF or sends it to a printer.
 */
export const AnnualReportPrintPage = () => {
  const { t } = useTranslation();
  const pageLang = useLang();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const asked = params.get("in");
  const report = useApi<AnnualReport>(`/api/annual-reports/${encodeURIComponent(id)}`);
  const lang: Lang = isLang(asked) ? asked : report.data?.localityId.startsWith("TH-") ? "th" : pageLang;
  return (
    <SignedInOnly>
      <div className="no-print print-tools">
        <Link to={`/reports/${id}`}>←</Link>
        <button type="button" onClick={() => window.print()}>
          {t("cw.report.print-now")}
        </button>
        <span>
          {LANGS.map((option) => (
            <Link
              key={option}
              to={`?in=${option}`}
              aria-current={option === lang ? "true" : undefined}
              className="print-lang"
            >
              {t(`lang.${option}`)}
            </Link>
          ))}
        </span>
      </div>
      <QueryView query={report}>{(data) => <Printable report={data} lang={lang} />}</QueryView>
    </SignedInOnly>
  );
};
