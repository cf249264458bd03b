import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Relation } from "../../api/types.ts";
import { useReference } from "../../api/use-reference.ts";
import { useWrite } from "../../api/use-write.ts";
import { DateText } from "../../components/date-text.tsx";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { labelOf } from "../../lib/labels.ts";
import { ActivityForm } from "./activity-form.tsx";
import type { LoggedActivity, RelationLog } from "./types.ts";

type Entry =
  | { origin: "reference"; key: string; date: string | null; activity: Relation["activities"][number] }
  | { origin: "log"; key: string; date: string; activity: LoggedActivity };

/** The reference data's activities and the log's, in one line of time (undated last). */
const entriesOf = (relation: Relation, log: RelationLog): Entry[] =>
  [
    ...relation.activities.map(
      (activity, index): Entry => ({ origin: "reference", key: `r-${index}`, date: activity.date ?? null, activity }),
    ),
    ...log.activities.map((activity): Entry => ({ origin: "log", key: activity.id, date: activity.date, activity })),
  ].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.key.localeCompare(b.key));

const LoggedItem = ({
  activity,
  log,
  relation,
}: {
  activity: LoggedActivity;
  log: RelationLog;
  relation: Relation;
}) => {
  const { t } = useTranslation();
  const reference = useReference();
  const [isEditing, setEditing] = useState(false);
  const remove = useWrite();
  const isPlanned = activity.date > new Date().toISOString().slice(0, activity.date.length);
  if (isEditing)
    return <ActivityForm relation={relation} log={log} activity={activity} onDone={() => setEditing(false)} />;
  return (
    <>
      <strong>
        <DateText value={activity.date} />
        {activity.endDate ? (
          <>
            {" – "}
            <DateText value={activity.endDate} />
          </>
        ) : null}
      </strong>{" "}
      <span className="badge">{labelOf(t, "activity.kind", activity.kind)}</span>{" "}
      {isPlanned ? <span className="badge planned">{t("cw.activity.planned")}</span> : null}{" "}
      <span className="activity-title">
        <LocalText text={activity.title} />
      </span>{" "}
      <span className={`badge state-${activity.state}`}>
        {t(`activity.state.${activity.state}`, {
          party: activity.reportedFor ? reference.nameOf(activity.reportedFor) : "",
        })}
      </span>
      {activity.isPublic ? null : <span className="badge"> {t("cw.activity.workspace-only")}</span>}
      {activity.description ? (
        <p>
          <LocalText text={activity.description} />
        </p>
      ) : null}
      {activity.participants.length ? (
        <ul className="plain participants">
          {activity.participants.map((side) => (
            <li key={side.party}>
              {reference.nameOf(side.party)}
              {side.count !== undefined ? `: ${t("cw.activity.people", { count: side.count })}` : ""}
              {side.offices.length ? ` (${side.offices.join(", ")})` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {activity.outcomes.length ? (
        <ul className="outcomes">
          {activity.outcomes.map((outcome, index) => (
            // Outcomes have no id: their order is the record's.
            // biome-ignore lint/suspicious/noArrayIndexKey: list is rendered whole and never reordered
            <li key={index}>
              <LocalText text={outcome} />
            </li>
          ))}
        </ul>
      ) : null}
      {activity.sources.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sources are shown in their recorded order
        <SourceDetails key={index} source={source} />
      ))}
      {log.mayWrite ? (
        <div className="row-actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t("cw.activity.edit")}
          </button>
          <button
            type="button"
            className="link-button"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(t("cw.activity.remove-confirm")))
                remove.mutate({ method: "DELETE", path: `/api/activities/${activity.id}` });
            }}
          >
            {t("cw.activity.remove")}
          </button>
          <FormStatus form="activity-timeline" error={remove.error} errors={NO_ERRORS} />
        </div>
      ) : null}
    </>
  );
};

/** Every activity of the relation as a timeline; the parties' editors log, change and remove them. */
export const ActivityTimeline = ({ relation, log }: { relation: Relation; log: RelationLog }) => {
  const { t } = useTranslation();
  const [isAdding, setAdding] = useState(false);
  const entries = entriesOf(relation, log);
  return (
    <section aria-labelledby="activities-title">
      <h2 id="activities-title">{t("relation.activities")}</h2>
      {log.mayWrite ? (
        isAdding ? (
          <ActivityForm relation={relation} log={log} onDone={() => setAdding(false)} />
        ) : (
          <p>
            <button type="button" onClick={() => setAdding(true)}>
              {t("cw.activity.log")}
            </button>
          </p>
        )
      ) : null}
      {entries.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ol className="timeline activity-timeline">
          {entries.map((entry) => (
            <li
              key={entry.key}
              id={entry.origin === "log" ? `activity-${entry.key}` : undefined}
              className="timeline-item"
            >
              {entry.origin === "log" ? (
                <LoggedItem activity={entry.activity} log={log} relation={relation} />
              ) : (
                <>
                  <strong>{entry.date ? <DateText value={entry.date} /> : t("locality.no-date")}</strong>{" "}
                  <LocalText text={entry.activity.text} /> <SourceDetails source={entry.activity.source} />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
