import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLang } from "../../api/use-lang.ts";
import { displayYear } from "../../lib/dates.ts";
import { formatDate } from "./format.ts";
import type { Proposal } from "./types.ts";

/** The steps taken so far, with days spent in each; a step over its expected time is flagged. */
export const TimelinePanel = ({ proposal }: { proposal: Proposal }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="timeline-title" className="panel">
      <h2 id="timeline-title">{t("proposal.timeline")}</h2>
      <ol className="timeline">
        {proposal.timeline.map((entry, index) => (
          <li key={`${entry.step}-${entry.enteredAt}`} className={entry.isOverdue ? "overdue" : undefined}>
            <span className="timeline-step">{t(`proposal.step.${entry.step}`)}</span>
            <span className="timeline-when">
              {formatDate(entry.enteredAt, lang)}
              {entry.leftAt === null && index === proposal.timeline.length - 1 ? ` · ${t("proposal.now")}` : ""}
            </span>
            <span className="timeline-days">
              {entry.expectedDays === null
                ? t("proposal.days-plain", { days: entry.days })
                : entry.isOverdue
                  ? t("proposal.overdue", { days: entry.days, expected: entry.expectedDays })
                  : t("proposal.days", { days: entry.days, expected: entry.expectedDays })}
            </span>
          </li>
        ))}
      </ol>
      <h3>{t("proposal.history")}</h3>
      {proposal.events.length === 0 ? (
        <p>{t("proposal.history.empty")}</p>
      ) : (
        <ol className="history">
          {proposal.events.map((event) => (
            <li key={`${event.at}-${event.act}`}>
              <span className="history-act">{t(`proposal.act.${event.act}`)}</span>
              {event.agency ? ` (${t(`proposal.agency.${event.agency}`)})` : ""}
              <span className="history-meta">
                {formatDate(event.at, lang)} · {proposal.people[event.by] ?? t("proposal.someone")}
                {event.on ? ` · ${t("proposal.on", { date: formatDate(event.on, lang) })}` : ""}
              </span>
              {event.comment ? <blockquote>{event.comment}</blockquote> : null}
              {event.report ? (
                <p>
                  <Link to={`/reports/${event.report.id}`}>
                    {t("lk.proposal.reported-with", { year: displayYear(event.report.year, lang) })}
                  </Link>
                </p>
              ) : null}
              {event.documents?.length ? (
                <ul className="history-documents">
                  {event.documents.map((documentId) => {
                    const document = proposal.documents.find((item) => item.id === documentId);
                    return document ? (
                      <li key={documentId}>
                        <a href={document.url}>{document.fileName}</a>
                      </li>
                    ) : null;
                  })}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
