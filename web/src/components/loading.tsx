import { useTranslation } from "react-i18next";

export const Loading = () => {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t("common.loading")}
    </p>
  );
};
