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
import { ThinProfileNotice } from "./locality-contact.tsx";
import { LocalityContacts } from "./locality-contacts.tsx";
import { LocalityHeader } from "./locality-header.tsx";
import { LocalityNeedsOffers } from "./locality-needs-offers.tsx";
import { LocalityOverview } from "./locality-overview.tsx";
import { LocalityRelations } from "./locality-relations.tsx";
import { ProfileContents } from "./profile-contents.tsx";
import { SuggestedPartners } from "./suggested-partners.tsx";
import { TaggedFacts } from "./tagged-facts.tsx";

const Profile = ({ locality }: { locality: Locality }) => {
  const { t } = useTranslation();
  const lang = useLang();
  useTitle(pick(locality.names, lang));
  const lists = {
    industries: locality.industries.map((fact) => ({
      id: fact.id,
      label: t(`locality.kind.${fact.kind}`),
      text: fact.text,
      source: fact.source,
      review: fact.review,
    })),
    geography: locality.geography.map((fact) => ({
      label: fact.kind,
      prefix: "geography",
      text: fact.name,
      source: fact.source,
    })),
    access: locality.access.map((fact) => ({
      label: fact.kind,
      prefix: "access",
      text: fact.text,
      source: fact.source,
    })),
    heritage: locality.heritage.map((fact) => ({ text: fact.text, source: fact.source })),
  };
  // The sections this profile shows, in order: the table of contents lists exactly these.
  const contents = [
    { id: "overview", title: t("locality.overview"), isShown: true },
    { id: "strengths", title: t("field.strengths"), isShown: locality.strengths.length > 0 },
    { id: "challenges", title: t("field.challenges"), isShown: locality.challenges.length > 0 },
    { id: "industries", title: t("field.industries"), isShown: lists.industries.length > 0 },
    { id: "needs-offers", title: t("ws.needs-offers.title"), isShown: true },
    { id: "geography", title: t("field.geography"), isShown: lists.geography.length > 0 },
    { id: "access", title: t("field.access"), isShown: lists.access.length > 0 },
    { id: "heritage", title: t("field.heritage"), isShown: lists.heritage.length > 0 },
    { id: "contacts", title: t("ws.contacts.title"), isShown: true },
    { id: "relations", title: t("locality.timeline"), isShown: true },
    { id: "partners", title: t("locality.partners"), isShown: true },
  ].filter((item) => item.isShown);
  return (
    <article className="profile" aria-labelledby="locality-title">
      <LocalityHeader locality={locality} />
      <ProfileContents items={contents} />
      <ThinProfileNotice locality={locality} />
      <LocalityOverview locality={locality} />
      <EditLink locality={locality.id} to={`/edit/${locality.id}`} label={t("ws.edit.profile")} />
      <TaggedFacts id="strengths" title={t("field.strengths")} facts={locality.strengths} />
      <TaggedFacts id="challenges" title={t("field.challenges")} facts={locality.challenges} />
      <FactList id="industries" title={t("field.industries")} items={lists.industries} />
      <LocalityNeedsOffers locality={locality.id} />
      <FactList id="geography" title={t("field.geography")} items={lists.geography} />
      <FactList id="access" title={t("field.access")} items={lists.access} />
      <FactList id="heritage" title={t("field.heritage")} items={lists.heritage} />
      <LocalityContacts locality={locality.id} contacts={locality.contacts ?? null} place={locality} />
      <LocalityRelations id={locality.id} relations={locality.relations} />
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
