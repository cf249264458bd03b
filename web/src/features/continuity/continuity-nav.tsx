import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { apiGet } from "../../api/client.ts";
import { usePolicy } from "../../api/use-policy.ts";

/** How often the navigation asks how many notices are unread. */
const UNREAD_POLL_MS = 60_000;

/** The events calendar for everyone; notices (with the unread count), reports, handover and the dormant list for the signed-in. */
export const ContinuityNav = () => {
  const { t } = useTranslation();
  const { user, may } = usePolicy();
  const unread = useQuery({
    queryKey: ["notices-unread", user?.id],
    queryFn: () => apiGet<{ unread: number }>("/api/notices/unread-count", {}, "en"),
    enabled: user !== undefined,
    refetchInterval: UNREAD_POLL_MS,
  });
  const count = unread.data?.unread ?? 0;
  return (
    <ul className="nav-list continuity-nav">
      <li>
        <NavLink to="/events">{t("cw.nav.events")}</NavLink>
      </li>
      {user ? (
        <>
          <li>
            <NavLink to="/notices">
              {t("cw.nav.notices")}
              {count > 0 ? (
                <>
                  <span className="count-badge" aria-hidden="true">
                    {count}
                  </span>
                  <span className="visually-hidden">{t("cw.nav.notices-count", { count })}</span>
                </>
              ) : null}
            </NavLink>
          </li>
          <li>
            <NavLink to="/reports">{t("cw.nav.reports")}</NavLink>
          </li>
          <li>
            <NavLink to="/handover">{t("cw.nav.handover")}</NavLink>
          </li>
          {may({ type: "relation.watch" }) ? (
            <li>
              <NavLink to="/dormant">{t("cw.nav.dormant")}</NavLink>
            </li>
          ) : null}
        </>
      ) : null}
    </ul>
  );
};
