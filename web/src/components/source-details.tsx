import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLang } from "../api/use-lang.ts";
import { useReference } from "../api/use-reference.ts";
import { useReportAvailable } from "../api/use-report.ts";
import { pick } from "../lib/lang.ts";
import { describeSource, documentUrl, parseSource, type SourceInput, sourceNote, sourceRef } from "../lib/sources.ts";
import { withKeys } from "../lib/unique-keys.ts";

/** "Read lines 7506–7518": the cited lines of the report, when the server holds its text. */
const ReportLink = ({ source }: { source: SourceInput }) => {
  const { t } = useTranslation();
  const isAvailable = useReportAvailable();
  const parsed = parseSource(sourceRef(source));
  if (!isAvailable || parsed.kind !== "report") return null;
  return (
    <>
      {" "}
      <Link className="report-link" to={`/report?from=${parsed.from}&to=${parsed.to}`}>
        {t("source.read-lines", { from: parsed.from, to: parsed.to })}
      </Link>
    </>
  );
};

/** A fact's source, revealed on demand (a native disclosure: keyboard and screen-reader ready). */
export const SourceDetails = ({ source }: { source: SourceInput }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { dataset } = useReference();
  const note = sourceNote(source);
  return (
    <details className="source">
      <summary>{t("common.source-toggle")}</summary>
      <span className="source-label">{describeSource(source, t, dataset)}</span>
      <ReportLink source={source} />
      {documentUrl(source) ? (
        <>
          {" "}
          <a className="source-link" href={documentUrl(source)} rel="noopener noreferrer">
            {t("ws.source.open-document")}
          </a>
        </>
      ) : null}
      {note ? <span className="source-note">{t("common.note", { note: pick(note, lang) })}</span> : null}
    </details>
  );
};

/** Several sources (a reason, a relation) behind one disclosure. */
export const SourcesDetails = ({ sources }: { sources: SourceInput[] }) => {
  const { t } = useTranslation();
  const { dataset } = useReference();
  if (sources.length === 0) return null;
  return (
    <details className="source">
      <summary>{t("common.sources")}</summary>
      <ul className="source-list">
        {withKeys(sources, sourceRef).map(([key, source]) => (
          <li key={key}>
            <span className="source-label">{describeSource(source, t, dataset)}</span>
            <ReportLink source={source} />
          </li>
        ))}
      </ul>
    </details>
  );
};
