import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { OrganisationProfile } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { ConflictsBlock } from "../../components/conflicts-block.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { SourcesDetails } from "../../components/source-details.tsx";
import { useTitle } from "../../components/use-title.ts";
import { labelOf } from "../../lib/labels.ts";
import { pick } from "../../lib/lang.ts";
import { RelationTimeline } from "../registry/relation-timeline.tsx";

const OrganisationView = ({ organisation }: { organisation: OrganisationProfile }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  useTitle(pick(organisation.names, lang));
  const sources = [...(organisation.source ? [organisation.source] : []), ...(organisation.sources ?? [])];
  return (
    <article aria-labelledby="organisation-title" className="profile">
      <header className="profile-header">
        <h1 id="organisation-title">
          {pick(organisation.names, lang)}
          {organisation.abbr ? ` (${organisation.abbr})` : ""}
        </h1>
        <p className="names">
          {organisation.names.th} · {organisation.names.en} · {organisation.names.ja}
        </p>
      </header>
      <dl className="facts">
        <dt>{t("organisation.kind")}</dt>
        <dd>
          {labelOf(t, "organisation", organisation.kind)} · {labelOf(t, "country", organisation.country)}
        </dd>
        <dt>{t("organisation.role")}</dt>
        <dd>
          {pick(organisation.role, lang)} <SourcesDetails sources={sources} />
        </dd>
        {organisation.based_in ? (
          <>
            <dt>{t("organisation.based-in")}</dt>
            <dd>
              <Link to={`/atlas/${organisation.based_in}`}>{reference.nameOf(organisation.based_in)}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <ConflictsBlock conflicts={organisation.conflicts ?? []} />
      <section aria-labelledby="organisation-relations">
        <h2 id="organisation-relations">{t("organisation.relations")}</h2>
        {organisation.relations.length === 0 ? (
          <p>{t("common.none")}</p>
        ) : (
          <RelationTimeline relations={organisation.relations} />
        )}
      </section>
    </article>
  );
};

/** One organisation: names, kind, role with its sources, and the relations it takes part in. */
export const OrganisationPage = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const organisation = useApi<OrganisationProfile>(`/api/organisations/${encodeURIComponent(id)}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/registry">{t("relation.back")}</Link>
      </p>
      <QueryView query={organisation}>{(data) => <OrganisationView organisation={data} />}</QueryView>
    </>
  );
};
