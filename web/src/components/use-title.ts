import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** "Atlas · Jubkoo" in the tab and for screen readers announcing the page. */
export const useTitle = (title: string | undefined) => {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t("app.name")}` : `${t("app.name")} · จับคู่`;
  }, [title, t]);
};
