import i18next, { type i18n } from "i18next";
import type { Lang } from "../lib/lang.ts";
import { CATALOG } from "./catalog.ts";

/**
 * An i18next instance over the shared catalogs. Keys hold dots ("relation.status.active"), so
 * key and namespace separators are off; placeholders are the server's {name} form.
 */
export const createI18n = async (lang: Lang): Promise<i18n> => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: "en",
    supportedLngs: ["th", "en", "ja"],
    resources: {
      en: { translation: CATALOG.en },
      th: { translation: CATALOG.th },
      ja: { translation: CATALOG.ja },
    },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { prefix: "{", suffix: "}", escapeValue: false },
    returnNull: false,
  });
  return instance;
};
