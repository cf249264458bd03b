import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { useWrite } from "../../api/use-write.ts";
import { InstantText } from "../../components/instant-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import type { Notice } from "./types.ts";

/** The in-app inbox: newest first, unread ones marked; opening one marks it read. */
export const NoticesPage = () => {
  const { t } = useTranslation();
  useTitle(t("cw.notices.title"));
  const navigate = useNavigate();
  const notices = useApi<{ unread: number; items: Notice[] }>("/api/notices", {}, { staleTime: 0 });
  const markRead = useWrite<{ unread: number }>();
  const open = (notice: Notice) => {
    if (notice.readAt) {
      if (notice.link) void navigate(notice.link);
      return;
    }
    markRead.mutate(
      { method: "POST", path: "/api/notices/read", body: { ids: [notice.id] } },
      { onSuccess: () => (notice.link ? void navigate(notice.link) : undefined) },
    );
  };
  return (
    <SignedInOnly>
      <h1>{t("cw.notices.title")}</h1>
      <p>
        <Link to="/notices/settings">{t("cw.notices.settings")}</Link>
      </p>
      <QueryView query={notices}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t("cw.notices.empty")}</p>
          ) : (
            <>
              <p role="status">{t("cw.notices.unread", { count: data.unread })}</p>
              {data.unread > 0 ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => markRead.mutate({ method: "POST", path: "/api/notices/read", body: {} })}
                >
                  {t("cw.notices.mark-all")}
                </button>
              ) : null}
              <ul className="notice-list">
                {data.items.map((notice) => (
                  <li key={notice.id} className={notice.readAt ? "notice" : "notice unread"}>
                    <button type="button" className="notice-open" onClick={() => open(notice)}>
                      {notice.readAt ? null : <span className="visually-hidden">{t("cw.notices.unread-mark")} </span>}
                      <span className="notice-title">{notice.title}</span>
                    </button>
                    {notice.body ? <p className="notice-body">{notice.body}</p> : null}
                    <p className="muted">
                      <InstantText value={notice.createdAt} />
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </SignedInOnly>
  );
};
