import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePolicy } from "../../api/use-policy.ts";
import { useReference } from "../../api/use-reference.ts";
import { Loading } from "../../components/loading.tsx";
import { useTitle } from "../../components/use-title.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";

/** An edit page of one locality: signed in, and allowed by the policy, or told why not. */
export const EditFrame = ({ locality, title, children }: { locality: string; title: string; children: ReactNode }) => {
  const { t } = useTranslation();
  const reference = useReference();
  const name = reference.nameOf(locality);
  useTitle(`${title} · ${name}`);
  return (
    <SignedInOnly>
      <p className="breadcrumb">
        <Link to={`/edit/${locality}`}>{t("ws.edit.back", { name })}</Link>
      </p>
      <h1 id="edit-title">
        {title}: {name}
      </h1>
      <Allowed locality={locality}>{children}</Allowed>
    </SignedInOnly>
  );
};

const Allowed = ({ locality, children }: { locality: string; children: ReactNode }) => {
  const { t } = useTranslation();
  const { may, isReady } = usePolicy();
  if (!isReady) return <Loading />;
  if (!may({ type: "locality.edit", locality }))
    return (
      <p role="alert" className="error">
        {t("error.forbidden.scope")}
      </p>
    );
  return <>{children}</>;
};
