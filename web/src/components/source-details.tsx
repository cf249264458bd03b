import { useTranslation } from "react-i18next";
import { useReference } from "../api/use-reference.ts";
import { describeSource, documentUrl, type SourceInput, sourceNote, sourceRef } from "../lib/sources.ts";
import { withKeys } from "../lib/unique-keys.ts";

/** A fact's source, revealed on demand (a native disclosure: keyboard and screen-reader ready). */
export const SourceDetails = ({ source }: { source: SourceInput }) => {
  const { t } = useTranslation();
  const { dataset } = useReference();
  const note = sourceNote(source);
  return (
    <details className="source">
      <summary>{t("common.source-toggle")}</summary>
      <span className="source-label">{describeSource(source, t, dataset)}</span>
      {documentUrl(source) ? (
        <>
          {" "}
          <a className="source-link" href={documentUrl(source)} rel="noopener noreferrer">
            {t("ws.source.open-document")}
          </a>
        </>
      ) : null}
      {note ? <span className="source-note">{t("common.note", { note })}</span> : null}
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
          <li key={key}>{describeSource(source, t, dataset)}</li>
        ))}
      </ul>
    </details>
  );
};
