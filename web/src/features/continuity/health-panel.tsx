import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { useWrite } from "../../api/use-write.ts";
import { DateText } from "../../components/date-text.tsx";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { formatPartialDate } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import type { HealthReason, RelationLog } from "./types.ts";

const ReasonText = ({ reason }: { reason: HealthReason }) => {
  const { t } = useTranslation();
  const lang = useLang();
  switch (reason.code) {
    case "decided":
      return <>{t("health.reason.decided", { status: labelOf(t, "relation.status", reason.status) })}</>;
    case "silent":
      return <>{t("health.reason.silent", { months: reason.months, since: formatPartialDate(reason.since, lang) })}</>;
    case "never-active":
      return <>{t("health.reason.never-active", { since: formatPartialDate(reason.since, lang) })}</>;
    case "frequency":
      return <>{t("health.reason.frequency", { count: reason.count, months: reason.months })}</>;
    case "lone-activity":
      return <>{t("health.reason.lone-activity", { months: reason.months })}</>;
    case "indicators":
      return <>{t("health.reason.indicators", { year: reason.year, met: reason.met, total: reason.total })}</>;
    default:
      return <>{t(`health.reason.${reason.code}`)}</>;
  }
};

/** The status the record suggests and why, in words; whether a party has confirmed it lately. */
export const HealthPanel = ({ log }: { log: RelationLog }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const confirm = useWrite();
  const { health } = log;
  return (
    <section aria-labelledby="health-title" className="health-panel">
      <h2 id="health-title">{t("cw.health.title")}</h2>
      <p>
        {t("cw.health.suggested")}{" "}
        <span className={`badge status-${health.status}`}>{labelOf(t, "relation.status", health.status)}</span>
        {health.isGoingDormant ? <span className="badge warn"> {t("health.going-dormant")}</span> : null}
      </p>
      <ul className="reasons">
        {health.reasons.map((reason) => (
          <li key={reason.code}>
            <ReasonText reason={reason} />
          </li>
        ))}
      </ul>
      {health.unverifiedSince ? (
        <p className="notice-line">
          {health.unverifiedSince === "never"
            ? t("health.unverified-never")
            : t("health.unverified-since", { date: formatPartialDate(health.unverifiedSince, lang) })}
        </p>
      ) : log.lastConfirmed ? (
        <p>
          {t("cw.health.confirmed-on")} <DateText value={log.lastConfirmed.slice(0, 10)} />
        </p>
      ) : null}
      {log.mayConfirm ? (
        <>
          <button
            type="button"
            className="secondary"
            disabled={confirm.isPending}
            onClick={() =>
              confirm.mutate({ method: "POST", path: `/api/relations/${log.relationId}/confirmation`, body: {} })
            }
          >
            {t("cw.health.confirm")}
          </button>
          {confirm.isSuccess ? (
            <p role="status" className="ok">
              {t("cw.health.confirmed")}
            </p>
          ) : null}
          <FormStatus form="health-panel" error={confirm.error} errors={NO_ERRORS} />
        </>
      ) : null}
    </section>
  );
};
