import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useSession } from "../../api/session.ts";
import type { Relation } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { pick } from "../../lib/lang.ts";
import { cleanText } from "./clean-content.ts";
import { UserText } from "./content-view.tsx";
import { DocumentsPanel } from "./documents-panel.tsx";
import { Field, TriText } from "./edit-fields.tsx";
import { formatDate } from "./format.ts";
import type { Trip } from "./types.ts";
import "./proposals.css";

const Decide = ({ trip }: { trip: Trip }) => {
  const { t } = useTranslation();
  const [comment, setComment] = useState("");
  const act = useWrite<Trip>();
  if (trip.acts.length === 0) return null;
  return (
    <div className="trip-acts">
      <Field label={t("proposal.form.comment")}>
        {(id) => <textarea id={id} rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />}
      </Field>
      <p className="actions">
        {trip.acts.map((name) => (
          <button
            key={name}
            type="button"
            className="button secondary"
            onClick={() =>
              act.mutate({
                method: "POST",
                path: `/api/trips/${trip.id}/acts`,
                body: { act: name, ...(comment ? { comment } : {}) },
              })
            }
          >
            {t(`trip.act.${name}` as never)}
          </button>
        ))}
      </p>
      <FormStatus form="trip-act" error={act.error} errors={NO_ERRORS} />
    </div>
  );
};

const NewTrip = ({ relationId }: { relationId: string }) => {
  const { t } = useTranslation();
  const [destination, setDestination] = useState("");
  const [purpose, setPurpose] = useState<Record<string, string>>({});
  const [departOn, setDepartOn] = useState("");
  const [returnOn, setReturnOn] = useState("");
  const [delegation, setDelegation] = useState("");
  const create = useWrite<Trip>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      method: "POST",
      path: `/api/relations/${relationId}/trips`,
      body: {
        destination,
        purpose: cleanText(purpose) ?? {},
        departOn,
        returnOn,
        delegation: delegation
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const [name = "", position] = line.split(",").map((part) => part.trim());
            return { name, ...(position ? { position } : {}) };
          }),
      },
    });
  };
  return (
    <form onSubmit={onSubmit} className="panel" aria-labelledby="new-trip">
      <h2 id="new-trip">{t("trips.new")}</h2>
      <Field label={t("trips.destination")}>
        {(id) => (
          <input id={id} value={destination} onChange={(event) => setDestination(event.target.value)} required />
        )}
      </Field>
      <TriText label={t("trips.purpose")} value={purpose} onChange={setPurpose} multiline />
      <Field label={t("trips.depart")}>
        {(id) => (
          <input id={id} type="date" value={departOn} onChange={(event) => setDepartOn(event.target.value)} required />
        )}
      </Field>
      <Field label={t("trips.return")}>
        {(id) => (
          <input id={id} type="date" value={returnOn} onChange={(event) => setReturnOn(event.target.value)} required />
        )}
      </Field>
      <Field label={t("trips.delegation")}>
        {(id) => (
          <textarea id={id} rows={3} value={delegation} onChange={(event) => setDelegation(event.target.value)} />
        )}
      </Field>
      <button type="submit" className="button" disabled={create.isPending}>
        {t("trip.act.submit")}
      </button>
      <FormStatus form="trip-new" error={create.error} errors={NO_ERRORS} />
    </form>
  );
};

/** Official trips under a relation: each needs the MOI Permanent Secretary's approval. */
export const TripsPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = "" } = useParams();
  const session = useSession();
  const relation = useApi<Relation>(`/api/relations/${id}`);
  const trips = useApi<{ items: Trip[] }>(
    `/api/relations/${id}/trips`,
    {},
    { enabled: Boolean(session.data), staleTime: 0 },
  );
  useTitle(t("trips.title"));
  return (
    <section aria-labelledby="trips-title">
      <p className="breadcrumb">
        <Link to={`/registry/${id}`}>{relation.data ? pick(relation.data.title, lang) : id}</Link>
      </p>
      <h1 id="trips-title">{t("trips.title")}</h1>
      <p className="lead">{t("trips.lead")}</p>
      {session.data ? (
        <>
          <QueryView query={trips}>
            {(data) =>
              data.items.length === 0 ? (
                <p>{t("trips.empty")}</p>
              ) : (
                <ul className="trip-list">
                  {data.items.map((trip) => (
                    <li key={trip.id} className="panel">
                      <h2>
                        {trip.content.destination} · {formatDate(trip.content.departOn, lang)}–
                        {formatDate(trip.content.returnOn, lang)}
                      </h2>
                      <p>
                        <span className={`step-badge trip-${trip.step}`}>{t(`trip.step.${trip.step}`)}</span>
                      </p>
                      <p>
                        <UserText text={trip.content.purpose} />
                      </p>
                      <p>{trip.content.delegation.map((person) => person.name).join(", ")}</p>
                      <ol className="history">
                        {trip.events.map((event) => (
                          <li key={`${event.at}-${event.act}`}>
                            {t(`trip.act.${event.act}` as never)} · {formatDate(event.at, lang)}
                            {event.comment ? <blockquote>{event.comment}</blockquote> : null}
                          </li>
                        ))}
                      </ol>
                      <Decide trip={trip} />
                      <DocumentsPanel base={`/api/trips/${trip.id}`} documents={trip.documents} canAttach />
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryView>
          <NewTrip relationId={id} />
        </>
      ) : (
        <p>
          <Link to={`/sign-in?next=/registry/${id}/trips`}>{t("proposals.sign-in")}</Link>
        </p>
      )}
    </section>
  );
};
