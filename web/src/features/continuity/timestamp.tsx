import { useLang } from "../../api/use-lang.ts";
import { LOCALES } from "../../lib/lang.ts";

/** An instant in the reader's calendar, in Bangkok time (Thai and Japanese readers differ by two hours). */
export const Timestamp = ({ value }: { value: string }) => {
  const lang = useLang();
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: lang === "ja" ? "Asia/Tokyo" : "Asia/Bangkok",
  }).format(new Date(value));
  return <time dateTime={value}>{text}</time>;
};
