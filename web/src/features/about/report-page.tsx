import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { useReport } from "../../api/use-report.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";

/** Lines shown around a cited range, so a reader sees the sentence it sits in. */
const CONTEXT = 4;

type Lines = { from: number; to: number; lines: string[] };

const numberOf = (text: string | null): number => {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : 0;
};

/** The cited lines of the research report (Thai, as printed), with a few lines around them. */
export const ReportPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const from = numberOf(params.get("from"));
  const to = Math.max(from, numberOf(params.get("to")) || from);
  useTitle(t("report.title", { from, to }));
  const { isAvailable, lineCount } = useReport();
  const start = Math.max(1, from - CONTEXT);
  const end = Math.min(lineCount, to + CONTEXT);
  const text = useApi<Lines>("/api/report/lines", { from: start, to: end }, { enabled: isAvailable && from > 0 });
  return (
    <article aria-labelledby="report-title" className="profile report-reader">
      <p className="breadcrumb">
        <Link to="/about">{t("about.title")}</Link>
      </p>
      <h1 id="report-title">{t("report.title", { from, to })}</h1>
      <p className="source-label">{t("source.report", { from, to })}</p>
      {!isAvailable ? (
        <p>{t("report.unavailable")}</p>
      ) : (
        <QueryView query={text}>
          {(data) => (
            <>
              <p className="note">{t("report.lang-note")}</p>
              <ol className="report-lines" start={data.from} lang="th">
                {data.lines.map((line, index) => {
                  const number = data.from + index;
                  const isCited = number >= from && number <= to;
                  return (
                    <li key={number} value={number} className={isCited ? "cited" : undefined} data-line={number}>
                      {line || " "}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </QueryView>
      )}
    </article>
  );
};
