import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "./use-title.ts";

export const NotFoundPage = () => {
  const { t } = useTranslation();
  useTitle(t("common.not-found"));
  return (
    <section>
      <h1>{t("common.not-found")}</h1>
      <p>
        <Link to="/">{t("common.back-home")}</Link>
      </p>
    </section>
  );
};
