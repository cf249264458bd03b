import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "../../api/session.ts";

/** Workspace pages ask a visitor to sign in first, and wait for the session before they load. */
export const SignInFirst = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.isFetched)
    return (
      <p role="status" className="loading">
        {t("common.loading")}
      </p>
    );
  if (!session.data)
    return (
      <p>
        {t("cw.sign-in-first")}{" "}
        <Link to={`/sign-in?next=${encodeURIComponent(window.location.pathname)}`}>{t("cw.sign-in")}</Link>
      </p>
    );
  return <>{children}</>;
};
