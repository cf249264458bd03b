import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { apiGet } from "../../api/client.ts";
import type { Locality } from "../../api/types.ts";
import { useReference } from "../../api/use-reference.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import type { Lang } from "../../lib/lang.ts";
import { describeSource } from "../../lib/sources.ts";
import { collectSources, textFor } from "./dossier-text.ts";
import { formatLongDate } from "./format.ts";
import { PartnerSummary } from "./partner-summary.tsx";
import type { Proposal, Readiness } from "./types.ts";
import "./proposals.css";

type DossierData = { proposal: Proposal; readiness: Readiness; thai: Locality; japanese: Locality };

const load = async (id: string): Promise<DossierData> => {
  const proposal = await apiGet<Proposal>(`/api/proposals/${id}`, {}, "th");
  const [readiness, thai, japanese] = await Promise.all([
    apiGet<Readiness>(`/api/proposals/${id}/readiness`, {}, "th"),
    apiGet<Locality>(`/api/localities/${proposal.thaiParty}`, {}, "th"),
    apiGet<Locality>(`/api/localities/${proposal.japaneseParty}`, {}, "th"),
  ]);
  return { proposal, readiness, thai, japanese };
};

/** The Thai submission to MOI, in the order of a Thai official letter; printed on A4. */
const ThaiDossier = ({ data, t }: { data: DossierData; t: TFunction }) => {
  const { dataset } = useReference();
  const { proposal, readiness, thai, japanese } = data;
  const { content } = proposal;
  const lang: Lang = "th";
  const untranslated = t("proposal.untranslated");
  const text = (value: Record<string, string> | undefined) => textFor(value, lang, untranslated);
  const sources = collectSources([
    ...content.background.map((reason) => reason.sources),
    ...content.gains.thai.map((gain) => gain.sources),
    ...content.gains.japanese.map((gain) => gain.sources),
    ...readiness.dimensions.flatMap((dimension) => dimension.findings.map((found) => found.sources)),
  ]);
  const cite = (list: string[]) =>
    list.length ? <sup className="cite">[{list.map((source) => sources.indexOf(source) + 1).join(", ")}]</sup> : null;
  const instrument = t(`relation.type.${content.instrument}`);
  const today = new Date().toISOString().slice(0, 10);
  const officer = content.officers.thai.officer;
  return (
    <article className="dossier-page" lang="th" aria-labelledby="dossier-subject">
      <p className="dossier-ref">
        {t("dossier.number")} {proposal.id.slice(0, 8).toUpperCase()} · {t("dossier.date")}{" "}
        {formatLongDate(today, lang)}
      </p>
      <dl className="dossier-head">
        <dt>{t("dossier.subject")}</dt>
        <dd id="dossier-subject">
          {t("dossier.subject-text", { instrument, thai: thai.names.th, japanese: japanese.names.th })}
        </dd>
        <dt>{t("dossier.to")}</dt>
        <dd>{t("dossier.to-text")}</dd>
        <dt>{t("dossier.reference")}</dt>
        <dd>{t("dossier.reference-text")}</dd>
        <dt>{t("dossier.enclosures")}</dt>
        <dd>
          {proposal.documents.length ? (
            <ol>
              {proposal.documents.map((document) => (
                <li key={document.id}>{document.fileName}</li>
              ))}
            </ol>
          ) : (
            "-"
          )}
        </dd>
      </dl>
      <h2>{t("dossier.background")}</h2>
      <p>
        {t("dossier.background-intro", {
          thai: thai.names.th,
          japanese: japanese.names.th,
          path: t(`proposal.path.${proposal.path}`),
        })}
      </p>
      <ol>
        {content.background.map((reason, index) => (
          <li key={`b-${index.toString()}`}>
            {text(reason.text)}
            {cite(reason.sources)}
          </li>
        ))}
      </ol>
      <h2>{t("dossier.partner")}</h2>
      <p>
        {japanese.names.th} ({japanese.names.ja}, {japanese.names.en}) · {t(`tier.${japanese.tier}` as never)}
        {japanese.population
          ? ` · ${t("dossier.population", { value: japanese.population.value.toLocaleString("th-TH") })}`
          : ""}
      </p>
      <p>{content.partnerInterest ? text(content.partnerInterest.text) : t("dossier.no-interest")}</p>
      <h2>{t("dossier.issues")}</h2>
      <p>{content.issues.length ? <IssueList issues={content.issues} /> : "-"}</p>
      <ol>
        {content.objectives.map((objective, index) => (
          <li key={`o-${index.toString()}`}>{text(objective)}</li>
        ))}
      </ol>
      <h2>{t("dossier.gains")}</h2>
      {(["thai", "japanese"] as const).map((side) => (
        <section key={side}>
          <h3>{(side === "thai" ? thai : japanese).names.th}</h3>
          <ul>
            {content.gains[side].map((gain, index) => (
              <li key={`${side}-${index.toString()}`}>
                {text(gain.text)}
                {cite(gain.sources)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{t("dossier.activities")}</h2>
      <table className="dossier-table">
        <thead>
          <tr>
            <th scope="col">{t("proposal.field.activity")}</th>
            <th scope="col">{t("proposal.field.when")}</th>
            <th scope="col">{t("dossier.indicator")}</th>
          </tr>
        </thead>
        <tbody>
          {content.activities.map((activity, index) => (
            <tr key={`a-${index.toString()}`}>
              <td>{text(activity.what)}</td>
              <td>{activity.when}</td>
              <td>{text(activity.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("dossier.budget")}</h2>
      <p>
        {content.budget
          ? t("dossier.budget-text", {
              line: content.budget.line,
              amount: content.budget.amount?.toLocaleString("th-TH") ?? "-",
            })
          : t("dossier.no-budget")}
      </p>
      <p>
        {t("proposal.field.thai-officer")}: {officer?.name ?? "-"}
        {content.officers.thai.deputy ? ` · ${t("dossier.deputy")}: ${content.officers.thai.deputy.name}` : ""}
      </p>
      <p>
        {t("proposal.field.stakeholders")}:{" "}
        {content.stakeholders.map((stakeholder) => stakeholder.name).join(", ") || "-"}
      </p>
      <h2>{t("dossier.readiness")}</h2>
      <ul>
        {readiness.dimensions.map((dimension) => (
          <li key={dimension.dimension}>
            <strong>
              {dimension.label}: {t(`readiness.severity.${dimension.status}`)}
            </strong>
            <ul>
              {dimension.findings
                .filter((found) => found.severity !== "info")
                .map((found) => (
                  <li key={found.code}>
                    {found.message}
                    {cite(found.sources)}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      <h2>{t("dossier.sources")}</h2>
      <ol className="dossier-sources">
        {sources.map((source) => (
          <li key={source}>{describeSource(source, t, dataset)}</li>
        ))}
      </ol>
      <p className="dossier-close">{t("dossier.closing")}</p>
      <p className="dossier-sign">
        {t("dossier.regards")}
        <br />
        <br />({officer?.name ?? "…………………………"})
        <br />
        {officer?.title ?? ""}
      </p>
    </article>
  );
};

const IssueList = ({ issues }: { issues: string[] }) => {
  const { issue } = useReference();
  return <>{issues.map((id) => issue(id)?.label.th ?? id).join(", ")}</>;
};

/** The dossier: the Thai submission, then a one-page summary for the partner in English and in Japanese. */
export const DossierPage = () => {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const query = useQuery({ queryKey: ["dossier", id], queryFn: () => load(id), staleTime: 0 });
  useTitle(t("proposal.dossier"));
  return (
    <div className="dossier">
      <p className="no-print actions">
        <Link to={`/proposals/${id}`}>{t("dossier.back")}</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t("dossier.print")}
        </button>
      </p>
      <QueryView query={query}>
        {(data) => (
          <>
            <ThaiDossier data={data} t={i18n.getFixedT("th")} />
            <PartnerSummary data={data} lang="en" t={i18n.getFixedT("en")} />
            <PartnerSummary data={data} lang="ja" t={i18n.getFixedT("ja")} />
          </>
        )}
      </QueryView>
    </div>
  );
};
