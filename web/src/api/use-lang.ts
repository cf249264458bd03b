import { useTranslation } from "react-i18next";
import { isLang, type Lang } from "../lib/lang.ts";

/** The UI language, as the API's ?lang= wants it. */
export const useLang = (): Lang => {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : "en";
};
