import { useLang } from "../api/use-lang.ts";
import { LOCALES } from "../lib/lang.ts";

/** A moment (ISO timestamp) in the reader's calendar and language, Bangkok time. */
export const InstantText = ({ value }: { value: string }) => {
  const lang = useLang();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Bangkok",
  }).format(date);
  return <time dateTime={value}>{text}</time>;
};
