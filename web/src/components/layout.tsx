import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router";
import { ContinuityNav } from "../features/continuity/continuity-nav.tsx";
import { SiteSearchForm } from "../features/search/site-search-form.tsx";
import { AccountNav } from "./account-nav.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

const NAV = [
  { to: "/", key: "nav.home" },
  { to: "/atlas", key: "nav.atlas" },
  { to: "/registry", key: "nav.registry" },
  { to: "/match", key: "nav.match" },
  { to: "/issues", key: "nav.issues" },
] as const;

export const Layout = ({ children }: { children: ReactNode }) => {
  const { t, i18n } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("common.skip")}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          {t("app.name")}
          {i18n.language === "th" ? null : <span lang="th"> จับคู่</span>}
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === "/"}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
          <ContinuityNav />
          <AccountNav />
        </nav>
        <SiteSearchForm />
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t("common.footer")} <Link to="/about">{t("nav.about")}</Link>
        </p>
      </footer>
    </>
  );
};
