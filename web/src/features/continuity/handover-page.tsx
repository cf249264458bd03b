import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { useReference } from "../../api/use-reference.ts";
import { DateText } from "../../components/date-text.tsx";
import { InstantText } from "../../components/instant-text.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { displayYear } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import { pick } from "../../lib/lang.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import { HandoverForm } from "./handover-form.tsx";
import type { Dossier } from "./types.ts";

const Person = ({ person }: { person: NonNullable<NonNullable<Dossier["contacts"]>["officer"]> }) => (
  <>
    {person.name}
    {person.title ? `, ${person.title}` : ""}
    {person.email ? (
      <>
        {" · "}
        <a href={`mailto:${person.email}`}>{person.email}</a>
      </>
    ) : null}
    {person.phone ? ` · ${person.phone}` : ""}
  </>
);

const DossierView = ({ dossier }: { dossier: Dossier }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const { user, may } = usePolicy();
  const name = pick(dossier.locality.names, lang);
  useTitle(t("cw.handover.title", { name }));
  const contacts = dossier.contacts;
  const mayHandOver = dossier.officers.some(
    (officer) =>
      officer.status === "active" &&
      may({ type: "locality.handover", locality: dossier.locality.id, outgoingUserId: officer.id }),
  );
  return (
    <article aria-labelledby="handover-title" className="dossier">
      <h1 id="handover-title">{t("cw.handover.title", { name })}</h1>
      <p>{t("cw.handover.intro")}</p>

      <section aria-labelledby="people-title">
        <h2 id="people-title">{t("cw.handover.people")}</h2>
        <dl className="facts">
          <dt>{t("cw.handover.officer")}</dt>
          <dd>{contacts?.officer ? <Person person={contacts.officer} /> : t("common.unknown")}</dd>
          <dt>{t("cw.handover.deputy")}</dt>
          <dd>{contacts?.deputy ? <Person person={contacts.deputy} /> : t("common.unknown")}</dd>
          <dt>{t("cw.handover.office")}</dt>
          <dd>
            {contacts?.office ? <LocalText text={contacts.office} /> : t("common.unknown")}
            {contacts?.email ? (
              <>
                {" · "}
                <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
              </>
            ) : null}
            {contacts?.phone ? ` · ${contacts.phone}` : ""}
          </dd>
          <dt>{t("cw.handover.accounts")}</dt>
          <dd>
            <ul className="plain">
              {dossier.officers.map((officer) => (
                <li key={officer.id}>
                  {officer.name} ({officer.email}) ·{" "}
                  {officer.status === "active" ? t("cw.handover.active") : t("cw.handover.disabled")}
                  {officer.lastSignInAt ? (
                    <>
                      {" · "}
                      {t("cw.handover.last-sign-in")} <InstantText value={officer.lastSignInAt} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>

      <section aria-labelledby="relations-title">
        <h2 id="relations-title">{t("cw.handover.relations", { count: dossier.relations.length })}</h2>
        {dossier.relations.length === 0 ? <p>{t("common.none")}</p> : null}
        <ul className="dossier-relations">
          {dossier.relations.map((relation) => (
            <li key={relation.id}>
              <h3>
                <Link to={`/registry/${relation.id}`}>
                  <LocalText text={relation.title} />
                </Link>
              </h3>
              <p>
                {relation.partners.map((party) => reference.nameOf(party)).join(", ")} ·{" "}
                <span className={`badge status-${relation.health.status}`}>
                  {labelOf(t, "relation.status", relation.health.status)}
                </span>
                {relation.health.isGoingDormant ? (
                  <span className="badge warn"> {t("health.going-dormant")}</span>
                ) : null}
              </p>
              <p>
                {t("cw.handover.last-activity")}{" "}
                {relation.lastActivity ? (
                  <>
                    <DateText value={relation.lastActivity.date} />
                    {relation.lastActivity.title ? (
                      <>
                        {" · "}
                        <LocalText text={relation.lastActivity.title} />
                      </>
                    ) : null}
                  </>
                ) : (
                  t("common.none")
                )}
              </p>
              {relation.commitments.planned.length || relation.commitments.targets.length ? (
                <div>
                  <h4>{t("cw.handover.commitments")}</h4>
                  <ul>
                    {relation.commitments.planned.map((item) => (
                      <li key={item.id}>
                        <DateText value={item.date} /> · {labelOf(t, "activity.kind", item.kind)} ·{" "}
                        <LocalText text={item.title} />
                      </li>
                    ))}
                    {relation.commitments.targets.map((target, index) => (
                      // Targets are listed in the plan's order, which does not change while shown.
                      // biome-ignore lint/suspicious/noArrayIndexKey: see above
                      <li key={`${target.year}-${index}`}>
                        {t("cw.handover.target", {
                          year: displayYear(target.year, lang),
                          actual: target.actual,
                          target: target.target ?? 0,
                        })}{" "}
                        <LocalText text={target.indicator} />
                        {target.unit ? ` (${target.unit})` : ""}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="progress-title">
        <h2 id="progress-title">{t("cw.handover.in-progress")}</h2>
        {dossier.inProgress.length === 0 ? (
          <p>{t("common.none")}</p>
        ) : (
          <ul>
            {dossier.inProgress.map((item) => (
              <li key={item.id}>
                {labelOf(t, "notice.submission", item.kind)} · {labelOf(t, "notice.status", item.status)} ·{" "}
                <InstantText value={item.submittedAt} />
                {item.submittedBy ? ` · ${item.submittedBy}` : ""}
              </li>
            ))}
          </ul>
        )}
        <p className="field-hint">{t("cw.handover.proposals-note")}</p>
      </section>

      <section aria-labelledby="proposals-title">
        <h2 id="proposals-title">{t("lk.handover.proposals")}</h2>
        {dossier.proposals.length === 0 ? (
          <p>{t("lk.handover.proposals-none")}</p>
        ) : (
          <ul>
            {dossier.proposals.map((proposal) => (
              <li key={proposal.id}>
                <Link to={`/proposals/${proposal.id}`}>
                  {proposal.title ? (
                    <LocalText text={proposal.title} />
                  ) : (
                    `${labelOf(t, "relation.type", proposal.instrument)}: ${proposal.parties
                      .map((party) => reference.nameOf(party))
                      .join(" – ")}`
                  )}
                </Link>
                {" · "}
                <span className={`step-badge step-${proposal.step}`}>{labelOf(t, "proposal.step", proposal.step)}</span>
                {" · "}
                {t("lk.handover.days", { days: proposal.days })}
                {proposal.awaiting ? (
                  <>
                    {" · "}
                    {t("lk.handover.awaiting", {
                      who: t(`lk.awaited.${proposal.awaiting.from}`),
                      act: labelOf(t, "proposal.act", proposal.awaiting.act),
                    })}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="reports-title">
        <h2 id="reports-title">{t("cw.handover.reports")}</h2>
        {dossier.reports.due.map((due) => (
          <p key={due.year} className="notice-line">
            {t("notice.report-due.title", { year: displayYear(due.year, lang), locality: name })}{" "}
            <Link
              to={
                due.reportId ? `/reports/${due.reportId}` : `/reports?locality=${dossier.locality.id}&year=${due.year}`
              }
            >
              {t("cw.handover.open-report")}
            </Link>
          </p>
        ))}
        {dossier.reports.all.length ? (
          <ul>
            {dossier.reports.all.map((report) => (
              <li key={report.id}>
                <Link to={`/reports/${report.id}`}>{displayYear(report.year, lang)}</Link> ·{" "}
                {labelOf(t, "report.state", report.state)}
              </li>
            ))}
          </ul>
        ) : dossier.reports.due.length === 0 ? (
          <p>{t("common.none")}</p>
        ) : null}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("cw.handover.history")}</h2>
        {dossier.handovers.length ? (
          <ul>
            {dossier.handovers.map((handover) => (
              <li key={handover.id}>
                <InstantText value={handover.at} /> ·{" "}
                {t("cw.handover.handed", { from: handover.from ?? "?", to: handover.to })}{" "}
                {handover.isAccepted ? t("cw.handover.accepted") : t("cw.handover.waiting")}
                {handover.note ? <blockquote>{handover.note}</blockquote> : null}
              </li>
            ))}
          </ul>
        ) : null}
        <ol className="history-brief">
          {dossier.history.map((entry) => (
            <li key={entry.id}>
              <InstantText value={entry.at} /> · {labelOf(t, "ws.action", entry.action)}
              {entry.by ? ` · ${entry.by}` : ""}
              {entry.reason ? ` · ${entry.reason}` : ""}
            </li>
          ))}
        </ol>
        {may({ type: "audit.read" }) ? (
          <p>
            <Link to={`/history/${dossier.locality.id}`}>{t("ws.history.title")}</Link>
          </p>
        ) : null}
      </section>

      {user && mayHandOver ? <HandoverForm dossier={dossier} /> : null}
    </article>
  );
};

/** One page per locality with everything the predecessor left. */
export const HandoverPage = () => {
  const { id = "" } = useParams();
  const dossier = useApi<Dossier>(`/api/localities/${encodeURIComponent(id)}/handover`, {}, { staleTime: 0 });
  return (
    <SignedInOnly>
      <QueryView query={dossier}>{(data) => <DossierView dossier={data} />}</QueryView>
    </SignedInOnly>
  );
};
