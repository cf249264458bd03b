import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiUrl } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { DateText } from "../../components/date-text.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { useTitle } from "../../components/use-title.ts";
import { labelOf } from "../../lib/labels.ts";
import { useSearchState } from "../../lib/use-search-state.ts";
import type { CalendarEvent } from "./types.ts";

/** Upcoming activities of every relation, by locality and issue, with a calendar feed to subscribe to. */
export const EventsPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  useTitle(t("cw.events.title"));
  const reference = useReference();
  const { values, set } = useSearchState(["locality", "issue"] as const);
  const all = useApi<{ items: CalendarEvent[] }>("/api/events", {});
  const events = useApi<{ items: CalendarEvent[] }>("/api/events", values, { keepPrevious: true });
  const parties = [...new Set((all.data?.items ?? []).flatMap((event) => event.relation.parties))].sort((a, b) =>
    reference.nameOf(a).localeCompare(reference.nameOf(b), lang),
  );
  const feed = apiUrl("/api/events.ics", values, lang);
  return (
    <>
      <h1>{t("cw.events.title")}</h1>
      <p>{t("cw.events.intro")}</p>
      <form className="filters" aria-label={t("cw.events.filters")} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t("cw.events.locality")}
          value={values.locality}
          options={parties}
          optionLabel={reference.nameOf}
          onChange={(locality) => set({ locality })}
        />
        <SelectField
          label={t("field.issues")}
          value={values.issue}
          options={reference.issues.map((issue) => issue.id)}
          optionLabel={reference.issueLabel}
          onChange={(issue) => set({ issue })}
        />
      </form>
      <p>
        <a href={feed} download="jubkoo-events.ics">
          {t("cw.events.ics")}
        </a>{" "}
        <span className="muted">{t("cw.events.ics-hint")}</span>
      </p>
      <QueryView query={events}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t("cw.events.none")}</p>
          ) : (
            <ol className="event-list">
              {data.items.map(({ activity, relation }) => (
                <li key={activity.id} className="event">
                  <p className="event-date">
                    <DateText value={activity.date} />
                    {activity.endDate ? (
                      <>
                        {" – "}
                        <DateText value={activity.endDate} />
                      </>
                    ) : null}
                  </p>
                  <h2 className="event-title">
                    <Link to={`/registry/${relation.id}#activity-${activity.id}`}>
                      <LocalText text={activity.title} />
                    </Link>
                  </h2>
                  <p>
                    <span className="badge">{labelOf(t, "activity.kind", activity.kind)}</span>{" "}
                    <LocalText text={relation.title} /> ·{" "}
                    {relation.parties.map((party) => reference.nameOf(party)).join(" – ")}
                  </p>
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
    </>
  );
};
