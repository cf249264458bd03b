import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Locality } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { pick } from "../../lib/lang.ts";
import { EditLink } from "./edit-link.tsx";
import { FactList } from "./fact-list.tsx";
import { FactsByIssue } from "./facts-by-issue.tsx";
import { LocalityContacts } from "./locality-contacts.tsx";
import { LocalityHeader } from "./locality-header.tsx";
import { LocalityNeedsOffers } from "./locality-needs-offers.tsx";
import { LocalityOverview } from "./locality-overview.tsx";
import { LocalityRelations } from "./locality-relations.tsx";
import { SuggestedPartners } from "./suggested-partners.tsx";

const Profile = ({ locality }: { locality: Locality }) => {
  const { t } = useTranslation();
  const lang = useLang();
  useTitle(pick(locality.names, lang));
  return (
    <article className="profile" aria-labelledby="locality-title">
      <LocalityHeader locality={locality} />
      <LocalityOverview locality={locality} />
      <EditLink locality={locality.id} to={`/edit/${locality.id}`} label={t("ws.edit.profile")} />
      <FactsByIssue id="strengths" title={t("field.strengths")} facts={locality.strengths} />
      <FactsByIssue id="challenges" title={t("field.challenges")} facts={locality.challenges} />
      <FactList
        id="industries"
        title={t("field.industries")}
        items={locality.industries.map((fact) => ({
          id: fact.id,
          label: t(`locality.kind.${fact.kind}`),
          text: fact.text,
          source: fact.source,
          review: fact.review,
        }))}
      />
      <LocalityNeedsOffers locality={locality.id} />
      <LocalityContacts locality={locality.id} contacts={locality.contacts} />
      <FactList
        id="geography"
        title={t("field.geography")}
        items={locality.geography.map((fact) => ({
          label: fact.kind,
          prefix: "geography",
          text: fact.name,
          source: fact.source,
        }))}
      />
      <FactList
        id="access"
        title={t("field.access")}
        items={locality.access.map((fact) => ({
          label: fact.kind,
          prefix: "access",
          text: fact.text,
          source: fact.source,
        }))}
      />
      <FactList
        id="heritage"
        title={t("field.heritage")}
        items={locality.heritage.map((fact) => ({ text: fact.text, source: fact.source }))}
      />
      <LocalityRelations relations={locality.relations} />
      <SuggestedPartners id={locality.id} />
    </article>
  );
};

export const LocalityPage = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const locality = useApi<Locality>(`/api/localities/${encodeURIComponent(id)}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/atlas">{t("locality.back")}</Link>
      </p>
      <QueryView query={locality}>{(data) => <Profile locality={data} />}</QueryView>
    </>
  );
};
