import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Relation } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { pick } from "../../lib/lang.ts";
import { RelationContinuity } from "../continuity/relation-continuity.tsx";
import { RelationEvents } from "./relation-events.tsx";
import { RelationFacts } from "./relation-facts.tsx";

/** For an editor of one of its parties (or a facilitator): propose a correction. */
const CorrectLink = ({ relation }: { relation: Relation }) => {
  const { t } = useTranslation();
  const { may } = usePolicy();
  if (!may({ type: "relation.correct", parties: relation.parties })) return null;
  return (
    <p>
      <Link className="button secondary" to={`/registry/${relation.id}/correct`}>
        {t("ws.correct.title")}
      </Link>
    </p>
  );
};

const RelationView = ({ relation }: { relation: Relation }) => {
  const lang = useLang();
  useTitle(pick(relation.title, lang));
  return (
    <article aria-labelledby="relation-title" className="profile">
      <header className="profile-header">
        <h1 id="relation-title">{pick(relation.title, lang)}</h1>
        <CorrectLink relation={relation} />
      </header>
      <RelationFacts relation={relation} />
      <RelationContinuity relation={relation} />
      <RelationEvents relation={relation} />
    </article>
  );
};

export const RelationPage = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const relation = useApi<Relation>(`/api/relations/${encodeURIComponent(id)}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/registry">{t("relation.back")}</Link>
      </p>
      <QueryView query={relation}>{(data) => <RelationView relation={data} />}</QueryView>
    </>
  );
};
