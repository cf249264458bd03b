import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import type { Lang } from "../../lib/lang.ts";
import type { UserText } from "./types.ts";

/** The nearest language a text exists in, as the server's textIn chooses it. */
const FALLBACK: Record<Lang, readonly Lang[]> = {
  th: ["th", "en", "ja"],
  en: ["en", "th", "ja"],
  ja: ["ja", "en", "th"],
};

export const textIn = (text: UserText | null | undefined, lang: Lang): { value: string; lang: Lang } | undefined => {
  for (const candidate of FALLBACK[lang]) {
    const value = text?.[candidate];
    if (value) return { value, lang: candidate };
  }
  return undefined;
};

/** The plain string, for titles and attributes. */
export const plainText = (text: UserText | null | undefined, lang: Lang): string => textIn(text, lang)?.value ?? "";

/**
 * What a user wrote, in the reader's language when it exists; otherwise in the nearest language it
 * was written in, marked with that language (for screen readers and fonts) and "not yet translated".
 */
export const UserTextView = ({ text }: { text: UserText | null | undefined }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = textIn(text, lang);
  if (!shown) return null;
  if (shown.lang === lang) return <>{shown.value}</>;
  return (
    <>
      <span lang={shown.lang}>{shown.value}</span>{" "}
      <span className="badge untranslated">{t("text.not-translated")}</span>
    </>
  );
};
