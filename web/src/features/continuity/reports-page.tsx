import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { useReference } from "../../api/use-reference.ts";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { displayYear } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import { useSearchState } from "../../lib/use-search-state.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import { describedBy, FieldError } from "./form-errors.tsx";
import type { AnnualReport } from "./types.ts";

const CreateForm = ({ locality, year }: { locality: string; year: string }) => {
  const { t } = useTranslation();
  const id = useId();
  const reference = useReference();
  const { user } = usePolicy();
  const navigate = useNavigate();
  const write = useWrite<AnnualReport>();
  const own = (user?.scope.localities ?? []).filter((candidate) => {
    const found = reference.locality(candidate);
    return found?.country === "JP" || ["province", "capital", "special-city"].includes(found?.tier ?? "");
  });
  const [chosen, setChosen] = useState(locality || own[0] || "");
  const [chosenYear, setYear] = useState(year || String(new Date().getFullYear() - 1));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate(
      { method: "POST", path: "/api/annual-reports", body: { locality: chosen, year: Number(chosenYear) } },
      { onSuccess: (report) => void navigate(`/reports/${report.id}`) },
    );
  };
  return (
    <form className="stack-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("cw.reports.create")}</h2>
      <p>{t("cw.reports.create-intro")}</p>
      <FormStatus form="reports" error={write.error} errors={NO_ERRORS} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-locality`}>{t("report.total.locality")}</label>
          {own.length ? (
            <select id={`${id}-locality`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
              {own.map((option) => (
                <option key={option} value={option}>
                  {reference.nameOf(option)}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-locality`}
              value={chosen}
              placeholder="TH-50"
              onChange={(event) => setChosen(event.target.value.trim())}
              {...describedBy(write.error, "locality", `${id}-locality`)}
            />
          )}
          <FieldError error={write.error} field="locality" id={`${id}-locality`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t("cw.reports.year-ce")}</label>
          <input
            id={`${id}-year`}
            type="number"
            min={1950}
            max={2100}
            value={chosenYear}
            onChange={(event) => setYear(event.target.value)}
            {...describedBy(write.error, "year", `${id}-year`)}
          />
          <FieldError error={write.error} field="year" id={`${id}-year`} />
        </div>
      </div>
      <div>
        <button type="submit" disabled={write.isPending || !chosen}>
          {t("cw.reports.generate")}
        </button>
      </div>
    </form>
  );
};

/** Annual reports: those of one's localities (facilitators: all), and making a new one from the log. */
export const AnnualReportsPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  useTitle(t("cw.reports.title"));
  const reference = useReference();
  const { values } = useSearchState(["locality", "year"] as const);
  const reports = useApi<{ items: AnnualReport[] }>("/api/annual-reports", {}, { staleTime: 0 });
  return (
    <SignedInOnly>
      <h1>{t("cw.reports.title")}</h1>
      <p>{t("cw.reports.intro")}</p>
      <QueryView query={reports}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t("cw.reports.none")}</p>
          ) : (
            <ul className="report-list">
              {data.items.map((report) => (
                <li key={report.id}>
                  <Link to={`/reports/${report.id}`}>
                    {reference.nameOf(report.localityId)} · {displayYear(report.year, lang)}
                  </Link>{" "}
                  <span className={`badge report-${report.state}`}>{labelOf(t, "report.state", report.state)}</span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <CreateForm locality={values.locality} year={values.year} />
    </SignedInOnly>
  );
};
