import { useLang } from "../api/use-lang.ts";
import { formatPartialDate } from "../lib/dates.ts";

/**
 * A recorded date standing alone (a signing, an activity) at its precision: Buddhist Era for Thai
 * readers, the era year beside the Western year for Japanese readers; the ISO form for machines.
 */
export const DateText = ({ value }: { value: string }) => {
  const lang = useLang();
  return <time dateTime={value}>{formatPartialDate(value, lang, { withEra: true })}</time>;
};
