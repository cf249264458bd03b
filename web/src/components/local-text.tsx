import { useTranslation } from "react-i18next";
import { useLang } from "../api/use-lang.ts";
import { type Text, textIn } from "../lib/lang.ts";

/** A text in the reader's language, or in another one marked "not yet translated": never a blank. */
export const LocalText = ({ text }: { text: Partial<Text> | undefined | null }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = textIn(text, lang);
  if (shown.isTranslated) return <>{shown.value}</>;
  return (
    <>
      <span lang={shown.lang}>{shown.value}</span>{" "}
      <span className="badge untranslated">{t("text.not-translated")}</span>
    </>
  );
};
