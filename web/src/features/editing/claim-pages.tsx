import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import type { Relation } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { fromUserText } from "../../components/form/tri-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import { ClaimForm, emptyClaim } from "./claim-form.tsx";

/** /propose-relation?party=ID — a relation the editor's locality is party to. */
export const ProposeRelationPage = () => {
  const { t } = useTranslation();
  useTitle(t("ws.claim.title"));
  const [params] = useSearchParams();
  return (
    <SignedInOnly>
      <h1 id="edit-title">{t("ws.claim.title")}</h1>
      <p className="lead">{t("ws.claim.intro")}</p>
      <ClaimForm initial={emptyClaim(params.get("party"))} path="/api/relation-claims" />
    </SignedInOnly>
  );
};

const Correction = ({ relation }: { relation: Relation }) => {
  const { t } = useTranslation();
  const { may, isReady } = usePolicy();
  if (isReady && !may({ type: "relation.correct", parties: relation.parties }))
    return (
      <p role="alert" className="error">
        {t("error.forbidden.scope")}
      </p>
    );
  const initial = {
    ...emptyClaim(null),
    type: relation.type,
    status: relation.status,
    parties: {
      localities: relation.parties.filter((party) => !party.startsWith("org:")),
      organisations: relation.parties.filter((party) => party.startsWith("org:")),
    },
    title: fromUserText(relation.title),
    start: relation.start ?? "",
    end: relation.end ?? "",
    issues: relation.issues,
  };
  return <ClaimForm initial={initial} path={`/api/relations/${encodeURIComponent(relation.id)}/corrections`} />;
};

/** /registry/:id/correct — a correction to a relation, from its page, for its parties. */
export const CorrectRelationPage = () => {
  const { t } = useTranslation();
  useTitle(t("ws.correct.title"));
  const { id = "" } = useParams();
  const relation = useApi<Relation>(`/api/relations/${encodeURIComponent(id)}`);
  return (
    <SignedInOnly>
      <p className="breadcrumb">
        <Link to={`/registry/${id}`}>{t("ws.correct.back")}</Link>
      </p>
      <h1 id="edit-title">{t("ws.correct.title")}</h1>
      <p className="lead">{t("ws.claim.intro")}</p>
      <QueryView query={relation}>{(data) => <Correction relation={data} />}</QueryView>
    </SignedInOnly>
  );
};
