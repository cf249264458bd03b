import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLang } from "../../api/use-lang.ts";
import { formatNumber } from "../../lib/lang.ts";
import type { CompletenessItem } from "./types.ts";

/** Where each missing item is filled in; the population comes from public datasets, not editors. */
export const editPathOf = (locality: string, item: CompletenessItem): string | undefined => {
  switch (item) {
    case "strengths":
    case "challenges":
    case "industries":
      return `/edit/${locality}/facts/${item}`;
    case "needs":
    case "offers":
      return `/edit/${locality}/needs-offers`;
    case "contacts":
    case "officer":
    case "deputy":
      return `/edit/${locality}/contacts`;
    case "population":
      return undefined;
  }
};

export const Completeness = ({
  locality,
  score,
  missing,
}: {
  locality: string;
  score: number;
  missing: CompletenessItem[];
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const percent = formatNumber(Math.round(score * 100), lang);
  return (
    <div className="completeness">
      <p>
        <label htmlFor={`completeness-${locality}`}>{t("ws.completeness.label", { percent })}</label>{" "}
        <progress id={`completeness-${locality}`} max={1} value={score}>
          {percent}%
        </progress>
      </p>
      {missing.length ? (
        <>
          <p>{t("ws.completeness.missing")}</p>
          <ul className="missing-list">
            {missing.map((item) => {
              const path = editPathOf(locality, item);
              return (
                <li key={item}>{path ? <Link to={path}>{t(`ws.missing.${item}`)}</Link> : t(`ws.missing.${item}`)}</li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t("ws.completeness.complete")}</p>
      )}
    </div>
  );
};
