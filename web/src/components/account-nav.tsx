import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { NavLink, useNavigate } from "react-router";
import { forgetSignedInData } from "../api/session.ts";
import { usePolicy } from "../api/use-policy.ts";
import { useWrite } from "../api/use-write.ts";

/** Sign in, or the signed-in person's places (each shown only when their role allows it) and menu. */
export const AccountNav = () => {
  const { t } = useTranslation();
  const { user, may } = usePolicy();
  const client = useQueryClient();
  const navigate = useNavigate();
  const signOut = useWrite({ refreshAfter: false });
  if (!user) {
    return (
      <ul className="nav-list account-nav">
        <li>
          <NavLink to="/sign-in">{t("ws.nav.sign-in")}</NavLink>
        </li>
      </ul>
    );
  }
  const leave = (everywhere: boolean) =>
    signOut.mutate(
      { method: "DELETE", path: everywhere ? "/api/sessions" : "/api/session" },
      {
        onSettled: () => {
          forgetSignedInData(client);
          void navigate("/");
        },
      },
    );
  return (
    <ul className="nav-list account-nav">
      <li>
        <NavLink to="/workspace">{t("ws.nav.workspace")}</NavLink>
      </li>
      <li>
        <NavLink to="/proposals" end>
          {t("nav.proposals")}
        </NavLink>
      </li>
      {may({ type: "proposal.dashboard" }) ? (
        <li>
          <NavLink to="/moi">{t("moi.title")}</NavLink>
        </li>
      ) : null}
      {may({ type: "review.queue" }) ? (
        <li>
          <NavLink to="/review">{t("ws.nav.review")}</NavLink>
        </li>
      ) : null}
      {may({ type: "user.invite", role: "editor" }) ? (
        <li>
          <NavLink to="/users">{t("ws.nav.users")}</NavLink>
        </li>
      ) : null}
      <li>
        <button type="button" className="link-button" onClick={() => leave(false)}>
          {t("ws.nav.sign-out")}
        </button>
      </li>
      <li>
        <details className="account-menu">
          <summary>{t("ws.nav.account", { name: user.name })}</summary>
          <div className="account-menu-body">
            <p>
              {user.email} · {t(`role.${user.role}`)}
            </p>
            <button type="button" className="link-button" onClick={() => leave(true)}>
              {t("ws.nav.sign-out-everywhere")}
            </button>
          </div>
        </details>
      </li>
    </ul>
  );
};
