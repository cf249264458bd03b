import { useTranslation } from "react-i18next";
import { NotFoundNotice } from "./not-found-notice.tsx";
import { useTitle } from "./use-title.ts";

export const NotFoundPage = () => {
  const { t } = useTranslation();
  useTitle(t("common.not-found"));
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("common.not-found")}</h1>
      <NotFoundNotice />
    </section>
  );
};
