import { useLang } from "../api/use-lang.ts";
import { formatPartialDate } from "../lib/dates.ts";

/** A recorded date at its precision; Buddhist Era for Thai readers, with the ISO form for machines. */
export const DateText = ({ value }: { value: string }) => {
  const lang = useLang();
  return <time dateTime={value}>{formatPartialDate(value, lang)}</time>;
};
