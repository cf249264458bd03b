import { useTranslation } from "react-i18next";
import { useApi } from "../../api/use-api.ts";
import { QueryView } from "../../components/query-view.tsx";
import { SourcesDetails } from "../../components/source-details.tsx";
import type { Readiness } from "./types.ts";

/** The readiness check: per dimension, each finding in plain words with the report lines behind it. */
export const ReadinessPanel = ({ id, updatedAt }: { id: string; updatedAt: string }) => {
  const { t } = useTranslation();
  const readiness = useApi<Readiness>(`/api/proposals/${id}/readiness`, { v: updatedAt }, { staleTime: 0 });
  return (
    <section aria-labelledby="readiness-title" className="panel readiness">
      <h2 id="readiness-title">{t("proposal.readiness")}</h2>
      <QueryView query={readiness}>
        {(data) => (
          <>
            <p className={data.maySubmit ? "readiness-summary ok" : "readiness-summary blocked"}>
              {data.maySubmit
                ? data.warnings.length
                  ? t("proposal.readiness.warnings", { count: data.warnings.length })
                  : t("proposal.readiness.ready")
                : t("proposal.readiness.blocked", { count: data.blockers.length })}
            </p>
            {data.dimensions.map((dimension) => (
              <section key={dimension.dimension} className={`dimension ${dimension.status}`}>
                <h3>
                  {dimension.label} <span className="severity">{t(`readiness.severity.${dimension.status}`)}</span>
                </h3>
                <ul>
                  {dimension.findings.map((found) => (
                    <li key={found.code} className={`finding ${found.severity}`}>
                      <span className="visually-hidden">{t(`readiness.severity.${found.severity}`)}: </span>
                      {found.message}
                      <SourcesDetails sources={found.sources} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </QueryView>
    </section>
  );
};
