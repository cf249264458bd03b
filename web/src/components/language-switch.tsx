import { useTranslation } from "react-i18next";
import { rememberLang, replaceLinkLang } from "../i18n/language.ts";
import { LANGS } from "../lib/lang.ts";

/** Three buttons, each in its own language; the choice is remembered (storage and cookie). */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("lang.label")}</legend>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={i18n.language === lang}
          data-lang={lang}
          onClick={() => {
            rememberLang(lang);
            replaceLinkLang(lang);
            void i18n.changeLanguage(lang);
          }}
        >
          {t(`lang.${lang}`)}
        </button>
      ))}
    </fieldset>
  );
};
