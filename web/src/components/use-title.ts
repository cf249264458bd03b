import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../api/use-lang.ts";
import { pageTitle } from "./page-title.ts";

/** "Atlas · Jubkoo" in the tab and for screen readers announcing the page. */
export const useTitle = (title: string | undefined) => {
  const { t } = useTranslation();
  const lang = useLang();
  useEffect(() => {
    document.title = pageTitle(title, t("app.name"), lang);
  }, [title, t, lang]);
};
