import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { apiUrl } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { useReference } from "../../api/use-reference.ts";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { InstantText } from "../../components/instant-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { displayYear } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import { textIn } from "../../lib/lang.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import { ReportFigures } from "./report-figures.tsx";
import type { AnnualReport, ReportNarrative } from "./types.ts";

const NarrativeForm = ({ report }: { report: AnnualReport }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const write = useWrite();
  const [draft, setDraft] = useState<ReportNarrative>(report.narrative);
  useEffect(() => setDraft(report.narrative), [report.narrative]);
  const text = (field: "summary" | "obstacles" | "plans", label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <textarea
        id={`${id}-${field}`}
        rows={5}
        value={draft[field]}
        onChange={(event) => setDraft((current) => ({ ...current, [field]: event.target.value }))}
      />
    </div>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate({ method: "PUT", path: `/api/annual-reports/${report.id}`, body: draft });
  };
  return (
    <form className="stack-form" onSubmit={submit} noValidate>
      <h2>{t("cw.report.narrative")}</h2>
      <FormStatus form="report" error={write.error} errors={NO_ERRORS} />
      {text("summary", t("report.total.summary"))}
      {text("obstacles", t("report.total.obstacles"))}
      {text("plans", t("report.total.plans"))}
      <fieldset>
        <legend>{t("cw.report.spending-stated")}</legend>
        <div className="field-row">
          {(["THB", "JPY"] as const).map((currency) => (
            <div className="field" key={currency}>
              <label htmlFor={`${id}-${currency}`}>{currency}</label>
              <input
                id={`${id}-${currency}`}
                type="number"
                min={0}
                value={draft.budgetStated[currency] ?? ""}
                onChange={(event) =>
                  setDraft((current) => {
                    const { [currency]: _old, ...rest } = current.budgetStated;
                    return {
                      ...current,
                      budgetStated: event.target.value ? { ...rest, [currency]: Number(event.target.value) } : rest,
                    };
                  })
                }
              />
            </div>
          ))}
        </div>
      </fieldset>
      <details open={Object.values(draft.relationNotes).some(Boolean)}>
        <summary>{t("cw.report.relation-notes")}</summary>
        {report.figures.relations.map((relation) => (
          <div className="field" key={relation.id}>
            <label htmlFor={`${id}-note-${relation.id}`}>
              {t("cw.report.relation-note", { title: textIn(relation.title, lang).value })}
            </label>
            <textarea
              id={`${id}-note-${relation.id}`}
              rows={2}
              value={draft.relationNotes[relation.id] ?? ""}
              onChange={(event) =>
                setDraft((current) => ({
                  ...current,
                  relationNotes: { ...current.relationNotes, [relation.id]: event.target.value },
                }))
              }
            />
          </div>
        ))}
      </details>
      {write.isSuccess ? (
        <p role="status" className="ok">
          {t("cw.saved")}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={write.isPending}>
          {t("cw.save")}
        </button>
      </div>
    </form>
  );
};

const ReportView = ({ report }: { report: AnnualReport }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const { may } = usePolicy();
  const regenerate = useWrite();
  const submit = useWrite();
  const name = reference.nameOf(report.localityId);
  useTitle(t("cw.report.title", { name, year: displayYear(report.year, lang) }));
  const isEditable = report.state === "draft" || report.state === "changes-requested";
  const mayWrite = may({ type: "report.write", locality: report.localityId });
  const locality = reference.locality(report.localityId);
  const toMoi = locality?.country === "TH" && ["province", "capital", "special-city"].includes(locality.tier);
  const exportUrl = (path: string, params: Record<string, string> = {}) =>
    apiUrl(`/api/annual-reports/${report.id}/${path}`, params, lang);
  return (
    <article aria-labelledby="report-title">
      <h1 id="report-title">{t("cw.report.title", { name, year: displayYear(report.year, lang) })}</h1>
      <p>
        <span className={`badge report-${report.state}`}>{labelOf(t, "report.state", report.state)}</span>{" "}
        {t("cw.report.generated")} <InstantText value={report.generatedAt} />
        {toMoi ? null : <> · {t("cw.report.own-use")}</>}
      </p>
      <div className="row-actions">
        <Link className="button" to={`/reports/${report.id}/print${toMoi ? "?in=th" : ""}`}>
          {t("cw.report.print")}
        </Link>
        <a className="button secondary" href={exportUrl("export.xlsx")} download>
          {t("cw.report.xlsx")}
        </a>
        <a className="button secondary" href={exportUrl("export.csv", { sheet: "activities" })} download>
          {t("cw.report.csv")}
        </a>
        {mayWrite && isEditable ? (
          <>
            <button
              type="button"
              className="secondary"
              disabled={regenerate.isPending}
              onClick={() => regenerate.mutate({ method: "POST", path: `/api/annual-reports/${report.id}/regenerate` })}
            >
              {t("cw.report.regenerate")}
            </button>
            {toMoi ? (
              <button
                type="button"
                disabled={submit.isPending}
                onClick={() => submit.mutate({ method: "POST", path: `/api/annual-reports/${report.id}/submit` })}
              >
                {t("cw.report.submit")}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      <FormStatus form="report" error={regenerate.error ?? submit.error} errors={NO_ERRORS} />
      {submit.isSuccess ? (
        <p role="status" className="ok">
          {t("cw.report.submitted")}
        </p>
      ) : null}
      {mayWrite && isEditable ? (
        <NarrativeForm report={report} />
      ) : (
        <section aria-label={t("cw.report.narrative")}>
          {(["summary", "obstacles", "plans"] as const).map((field) =>
            report.narrative[field] ? (
              <div key={field}>
                <h2>{t(`report.total.${field}`)}</h2>
                <p className="prose">{report.narrative[field]}</p>
              </div>
            ) : null,
          )}
        </section>
      )}
      <ReportFigures report={report} lang={lang} t={t} />
    </article>
  );
};

/** One annual report: its figures from the log, the officer's words, submission to MOI, print and export. */
export const AnnualReportPage = () => {
  const { id = "" } = useParams();
  const report = useApi<AnnualReport>(`/api/annual-reports/${encodeURIComponent(id)}`, {}, { staleTime: 0 });
  return (
    <SignedInOnly>
      <p className="breadcrumb">
        <Link to="/reports">←</Link>
      </p>
      <QueryView query={report}>{(data) => <ReportView report={data} />}</QueryView>
    </SignedInOnly>
  );
};
