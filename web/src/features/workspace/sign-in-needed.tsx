import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useSession } from "../../api/session.ts";
import { Loading } from "../../components/loading.tsx";

/** Workspace pages for signed-in people: a visitor is shown the way to sign in (and back here). */
export const SignedInOnly = ({ children }: { children: React.ReactNode }) => {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (!session.data) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <section className="narrow-page" aria-labelledby="sign-in-needed-title">
        <h1 id="sign-in-needed-title">{t("ws.sign-in-needed.title")}</h1>
        <p>
          <Link className="button" to={`/sign-in?next=${next}`}>
            {t("ws.nav.sign-in")}
          </Link>
        </p>
      </section>
    );
  }
  return <>{children}</>;
};
